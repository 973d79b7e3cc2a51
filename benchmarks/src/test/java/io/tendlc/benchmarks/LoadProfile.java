package io.tendlc.benchmarks;

import io.gatling.javaapi.core.OpenInjectionStep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

/**
 * The open-model load both simulations offer, from system properties: a warm-up (a ramp from 1/s to the rate,
 * then the rate held until the warm-up ends, so the JIT and the connection pools settle), then the measured
 * phase at the same rate. A virtual user sends one message; requests made by users started during the warm-up
 * carry a "warm-up: " name so the report keeps them apart from the measured ones.
 *
 * <ul>
 *   <li>{@code -Drate=100} messages offered per second (new users per second)</li>
 *   <li>{@code -Dwarmup=20} seconds of warm-up, of which {@code -Dramp=10} ramp up</li>
 *   <li>{@code -Dduration=60} seconds measured</li>
 *   <li>{@code -Drandomized=false} true: Poisson-like arrivals instead of evenly spaced ones</li>
 * </ul>
 */
record LoadProfile(double rate, Duration warmup, Duration ramp, Duration duration, boolean randomized) {

    static final String WARM_UP_PREFIX = "warm-up: ";

    static LoadProfile fromSystemProperties(double defaultRate) {
        double rate = Double.parseDouble(System.getProperty("rate", String.valueOf(defaultRate)));
        long warmup = Long.getLong("warmup", 20);
        long ramp = Math.min(Long.getLong("ramp", 10), warmup);
        long duration = Long.getLong("duration", 60);
        if (rate <= 0 || duration <= 0 || warmup < 0) {
            throw new IllegalArgumentException("rate and duration must be positive, warmup not negative");
        }
        return new LoadProfile(rate, Duration.ofSeconds(warmup), Duration.ofSeconds(ramp), Duration.ofSeconds(duration),
                Boolean.getBoolean("randomized"));
    }

    OpenInjectionStep[] steps() {
        List<OpenInjectionStep> steps = new ArrayList<>();
        if (!ramp.isZero()) {
            steps.add(rampUsersPerSec(Math.min(1, rate)).to(rate).during(ramp));
        }
        Duration hold = warmup.minus(ramp).plus(duration);
        OpenInjectionStep.ConstantRate.ConstantRateOpenInjectionStep constant = constantUsersPerSec(rate).during(hold);
        steps.add(randomized ? constant.randomized() : constant);
        return steps.toArray(OpenInjectionStep[]::new);
    }

    String describe() {
        return String.format("%s msg/s offered (open model%s) for %d s, after a %d s warm-up (%d s ramp)",
                Figures.number(rate), randomized ? ", randomized arrivals" : "", duration.toSeconds(),
                warmup.toSeconds(), ramp.toSeconds());
    }

    /** When the injection started; set in the simulation's before(), right before Gatling starts injecting. */
    static final class Clock {
        private final AtomicLong startNanos = new AtomicLong();
        private final Duration warmup;

        Clock(Duration warmup) {
            this.warmup = warmup;
        }

        void start() {
            startNanos.set(System.nanoTime());
        }

        /** True for users started after the warm-up. */
        boolean measuring() {
            return System.nanoTime() - startNanos.get() >= warmup.toNanos();
        }
    }
}

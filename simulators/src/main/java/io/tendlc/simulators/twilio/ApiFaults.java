package io.tendlc.simulators.twilio;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The faults load and fault tests ask for on the create call: a throughput cap (a token bucket holding
 * one second of requests, so short bursts pass as they do at Twilio) and a random failure rate.
 */
final class ApiFaults {

    private final SimulatorStats stats;
    private double tokens;
    private long lastRefillNanos = System.nanoTime();

    ApiFaults(SimulatorStats stats) {
        this.stats = stats;
    }

    void check(SimulatorKnobs knobs) {
        if (knobs.maxRequestsPerSecond() > 0 && !tryAcquire(knobs.maxRequestsPerSecond())) {
            stats.throttled.increment();
            throw tooManyRequests();
        }
        if (knobs.failureRate() > 0 && ThreadLocalRandom.current().nextDouble() < knobs.failureRate()) {
            stats.injectedFailures.increment();
            throw injectedFailure(knobs.failureStatuses());
        }
    }

    private synchronized boolean tryAcquire(int perSecond) {
        long now = System.nanoTime();
        tokens = Math.min(perSecond, tokens + (now - lastRefillNanos) * perSecond / 1e9);
        lastRefillNanos = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    private static TwilioApiException injectedFailure(List<Integer> statuses) {
        int status = statuses.get(ThreadLocalRandom.current().nextInt(statuses.size()));
        return switch (status) {
            case 429 -> tooManyRequests();
            case 503 -> new TwilioApiException(503, 20503, "Service Unavailable");
            default -> new TwilioApiException(500, 20500, "Internal Server Error");
        };
    }

    private static TwilioApiException tooManyRequests() {
        return new TwilioApiException(429, 20429, "Too Many Requests");
    }
}

package io.tendlc.simulators.twilio;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The behaviour that load and fault tests change while the simulator runs. Immutable: a change swaps
 * the whole value, so a request never sees half of an update.
 */
record SimulatorKnobs(
        long createLatencyMs,
        long callbackDelayMs,
        double failureRate,
        List<Integer> failureStatuses,
        int maxRequestsPerSecond,
        Map<String, RecipientFailure> recipientFailures) {

    private static final Set<Integer> FAILURE_STATUSES = Set.of(429, 500, 503);

    SimulatorKnobs {
        if (createLatencyMs < 0 || callbackDelayMs < 0) {
            throw new IllegalArgumentException("latency and callback delay must not be negative");
        }
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalArgumentException("failureRate must be between 0 and 1");
        }
        if (failureStatuses.isEmpty() || !FAILURE_STATUSES.containsAll(failureStatuses)) {
            throw new IllegalArgumentException("failureStatuses must be some of " + FAILURE_STATUSES);
        }
        if (maxRequestsPerSecond < 0) {
            throw new IllegalArgumentException("maxRequestsPerSecond must not be negative (0 = unlimited)");
        }
        failureStatuses = List.copyOf(failureStatuses);
        recipientFailures = Map.copyOf(recipientFailures);
    }

    static SimulatorKnobs from(TwilioSimulatorProperties properties) {
        return new SimulatorKnobs(
                properties.createLatency().toMillis(),
                properties.callbackDelay().toMillis(),
                properties.failureRate(),
                properties.failureStatuses(),
                properties.maxRequestsPerSecond(),
                properties.recipientFailures() == null ? Map.of() : properties.recipientFailures());
    }

    /** Applies the fields a {@code PUT /sim/twilio/config} named; the others keep their value. */
    SimulatorKnobs with(KnobsUpdate update) {
        return new SimulatorKnobs(
                orElse(update.createLatencyMs(), createLatencyMs),
                orElse(update.callbackDelayMs(), callbackDelayMs),
                orElse(update.failureRate(), failureRate),
                orElse(update.failureStatuses(), failureStatuses),
                orElse(update.maxRequestsPerSecond(), maxRequestsPerSecond),
                orElse(update.recipientFailures(), recipientFailures));
    }

    /** The failure rule for the longest configured suffix the recipient ends with, or null. */
    RecipientFailure failureFor(String to) {
        RecipientFailure match = null;
        int matchLength = -1;
        for (Map.Entry<String, RecipientFailure> rule : recipientFailures.entrySet()) {
            String suffix = rule.getKey();
            if (suffix.length() > matchLength && to.endsWith(suffix)) {
                match = rule.getValue();
                matchLength = suffix.length();
            }
        }
        return match;
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /** Body of {@code PUT /sim/twilio/config}: every field optional. */
    record KnobsUpdate(
            Long createLatencyMs,
            Long callbackDelayMs,
            Double failureRate,
            List<Integer> failureStatuses,
            Integer maxRequestsPerSecond,
            Map<String, RecipientFailure> recipientFailures) {
    }
}

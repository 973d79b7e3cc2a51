package io.tendlc.simulators.twilio;

import java.util.List;

/**
 * The statuses a sent message goes through after queued/accepted, one status callback each. Undelivered
 * messages were handed to the carrier first, so they pass through {@code sent}; failed ones never left
 * Twilio, so they go straight to {@code failed}.
 */
final class DeliveryPlan {

    record Step(MessageStatus status, Integer errorCode) {
    }

    private static final List<Step> DELIVERED = List.of(
            new Step(MessageStatus.SENT, null), new Step(MessageStatus.DELIVERED, null));

    private DeliveryPlan() {
    }

    static List<Step> forRecipient(String to, SimulatorKnobs knobs) {
        RecipientFailure failure = knobs.failureFor(to);
        if (failure == null) {
            return DELIVERED;
        }
        Step last = new Step(failure.messageStatus(), failure.errorCode());
        return failure.messageStatus() == MessageStatus.FAILED
                ? List.of(last)
                : List.of(new Step(MessageStatus.SENT, null), last);
    }
}

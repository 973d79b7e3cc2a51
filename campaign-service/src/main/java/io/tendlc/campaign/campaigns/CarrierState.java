package io.tendlc.campaign.campaigns;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One carrier's review of a campaign.
 *
 * @param eventAt TCR's timestamp of the event that set it; null when we set it at submission, before any event
 */
record CarrierState(CarrierStatus status, String reason, Instant eventAt, Instant updatedAt) {

    /** Under review since a submission (an event of any time may follow). */
    static CarrierState inReview(Instant eventAt, Instant now) {
        return new CarrierState(CarrierStatus.REVIEW, null, eventAt, now);
    }

    /**
     * The state after a webhook, or empty when the webhook is stale (TCR's time before this state's) or says nothing
     * new. At equal times the later verdict by rank wins, so a review never follows its own approval.
     */
    Optional<CarrierState> after(CarrierStatus incoming, String incomingReason, Instant at, Instant now) {
        boolean newer = eventAt == null || at.isAfter(eventAt)
                || at.equals(eventAt) && incoming.rank() > status.rank();
        if (!newer || incoming == status && Objects.equals(incomingReason, reason)) {
            return Optional.empty();
        }
        return Optional.of(new CarrierState(incoming, incomingReason, at, now));
    }

    /** The state after a poll of TCR's operationStatus (no event time): it only ends a review. */
    Optional<CarrierState> afterPoll(CarrierStatus polled, Instant now) {
        if (status != CarrierStatus.REVIEW || polled == CarrierStatus.REVIEW) {
            return Optional.empty();
        }
        return Optional.of(new CarrierState(polled, "reported by TCR's operation status", now, now));
    }
}

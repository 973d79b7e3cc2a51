package io.tendlc.campaign.campaigns;

import java.util.Optional;

/**
 * A carrier's verdict on a campaign (TCR's MNO operation status). {@code rank} orders verdicts that carry the same
 * timestamp: a review ends in approval or rejection, and a suspension comes after an approval.
 */
enum CarrierStatus {
    REVIEW(1), APPROVED(2), REJECTED(2), SUSPENDED(3);

    private final int rank;

    CarrierStatus(int rank) {
        this.rank = rank;
    }

    int rank() {
        return rank;
    }

    /** The status an MNO webhook sets: MNO_CAMPAIGN_OPERATION_APPROVED … UNSUSPENDED (unsuspended = approved again). */
    static Optional<CarrierStatus> fromWebhook(String eventType) {
        return switch (eventType == null ? "" : eventType) {
            case "MNO_CAMPAIGN_OPERATION_APPROVED", "MNO_CAMPAIGN_OPERATION_UNSUSPENDED" -> Optional.of(APPROVED);
            case "MNO_CAMPAIGN_OPERATION_REJECTED" -> Optional.of(REJECTED);
            case "MNO_CAMPAIGN_OPERATION_REVIEW" -> Optional.of(REVIEW);
            case "MNO_CAMPAIGN_OPERATION_SUSPENDED" -> Optional.of(SUSPENDED);
            default -> Optional.empty();
        };
    }

    /** The status TCR's operationStatus reports (APPROVED, REVIEW, REJECTED, SUSPENDED). */
    static Optional<CarrierStatus> fromOperationStatus(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(valueOf(value.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

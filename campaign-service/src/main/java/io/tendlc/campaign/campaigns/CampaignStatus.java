package io.tendlc.campaign.campaigns;

import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.registry.CampaignChanged;

import java.util.Map;

/**
 * The platform's view of a campaign: APPROVED only when every carrier approved it, REJECTED when any carrier (or TCR
 * itself) refused it, SUSPENDED when a carrier suspended it, PENDING otherwise; EXPIRED and DELETED end it.
 */
enum CampaignStatus {
    PENDING, APPROVED, REJECTED, SUSPENDED, EXPIRED, DELETED;

    boolean ended() {
        return this == EXPIRED || this == DELETED;
    }

    static CampaignStatus of(Map<Carrier, CarrierState> carriers) {
        if (carriers.values().stream().anyMatch(s -> s.status() == CarrierStatus.REJECTED)) {
            return REJECTED;
        }
        if (carriers.values().stream().anyMatch(s -> s.status() == CarrierStatus.SUSPENDED)) {
            return SUSPENDED;
        }
        boolean allApproved = carriers.size() == Carrier.values().length
                && carriers.values().stream().allMatch(s -> s.status() == CarrierStatus.APPROVED);
        return allApproved ? APPROVED : PENDING;
    }

    /** What a move from {@code before} to this status announces: the new status, or an update within the same one. */
    EventType<CampaignChanged> announcedFrom(CampaignStatus before) {
        if (before == this) {
            return EventTypes.CAMPAIGN_UPDATED;
        }
        return switch (this) {
            case APPROVED -> EventTypes.CAMPAIGN_APPROVED;
            case REJECTED -> EventTypes.CAMPAIGN_REJECTED;
            case SUSPENDED -> EventTypes.CAMPAIGN_SUSPENDED;
            case EXPIRED -> EventTypes.CAMPAIGN_EXPIRED;
            case DELETED -> EventTypes.CAMPAIGN_DELETED;
            case PENDING -> EventTypes.CAMPAIGN_UPDATED;
        };
    }
}

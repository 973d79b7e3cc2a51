package io.tendlc.events.registry;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A 10DLC campaign as it stands after a change (campaign-service): {@code campaign.created|approved|rejected|
 * suspended|expired|updated|deleted}. {@code status}: PENDING, APPROVED (every carrier approved), REJECTED,
 * SUSPENDED, EXPIRED, DELETED. {@code carrierStatuses}: carrier (ATT, TMOBILE, VERIZON) → APPROVED | REVIEW |
 * REJECTED | SUSPENDED. The throughput limits travel with the campaign: AT&T messages per minute for this
 * campaign, T-Mobile segments per day for its brand. The HELP and opt-out answers travel too: sms-service
 * replies to keywords with them (null in events written before they were added).
 */
public record CampaignChanged(UUID campaignId, UUID organizationId, UUID brandId, String tcrCampaignId,
                              String usecase, String status, Map<String, String> carrierStatuses,
                              Integer attMessagesPerMinute, Integer tmobileDailySegments, String reason,
                              Instant changedAt, String helpMessage, String optoutMessage, String optinMessage) {

    public CampaignChanged(UUID campaignId, UUID organizationId, UUID brandId, String tcrCampaignId, String usecase,
                           String status, Map<String, String> carrierStatuses, Integer attMessagesPerMinute,
                           Integer tmobileDailySegments, String reason, Instant changedAt) {
        this(campaignId, organizationId, brandId, tcrCampaignId, usecase, status, carrierStatuses,
                attMessagesPerMinute, tmobileDailySegments, reason, changedAt, null, null, null);
    }
}

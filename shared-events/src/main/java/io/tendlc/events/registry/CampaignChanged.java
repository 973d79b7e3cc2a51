package io.tendlc.events.registry;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A 10DLC campaign as it stands after a change (campaign-service): {@code campaign.created|approved|rejected|
 * suspended|expired|updated|deleted}. {@code status}: PENDING, APPROVED (every carrier approved), REJECTED,
 * SUSPENDED, EXPIRED, DELETED. {@code carrierStatuses}: carrier (ATT, TMOBILE, VERIZON) → APPROVED | REVIEW |
 * REJECTED | SUSPENDED. The throughput limits travel with the campaign: AT&T messages per minute for this
 * campaign, T-Mobile segments per day for its brand.
 */
public record CampaignChanged(UUID campaignId, UUID organizationId, UUID brandId, String tcrCampaignId,
                              String usecase, String status, Map<String, String> carrierStatuses,
                              Integer attMessagesPerMinute, Integer tmobileDailySegments, String reason,
                              Instant changedAt) {
}

package io.tendlc.campaign.campaigns;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A campaign as the API shows it: everything submitted, TCR's id, the overall status with its reason, each carrier's
 * review, the throughput limits and whether TCR is still to be told something.
 */
record CampaignView(UUID id, @JsonUnwrapped CampaignForm content, String tcrCampaignId,
                    @Schema(description = "PENDING, APPROVED (every carrier approved), REJECTED, SUSPENDED, EXPIRED, DELETED")
                    String status, String statusReason,
                    @Schema(description = "carrier (ATT, TMOBILE, VERIZON) → its review: APPROVED, REVIEW, REJECTED, SUSPENDED")
                    Map<String, CarrierView> carrierStatuses, LimitsView limits, TcrSync tcrSync, Instant createdAt,
                    Instant updatedAt) {

    record CarrierView(String status, String reason, Instant updatedAt) {
    }

    record LimitsView(Integer attMessagesPerMinute, Integer tmobileDailySegments) {
    }

    /** What TCR has still to be told ({@code pendingOperation} null: nothing), and why the last attempt failed. */
    record TcrSync(String pendingOperation, int attempts, String lastError) {
    }

    static CampaignView of(Campaign c) {
        Map<String, CarrierView> carriers = new TreeMap<>();
        c.carriers().forEach((carrier, s) -> carriers.put(carrier.name(),
                new CarrierView(s.status().name(), s.reason(), s.updatedAt())));
        return new CampaignView(c.id(), c.content(), c.tcrCampaignId(), c.status().name(), c.statusReason(), carriers,
                new LimitsView(c.limits().attMessagesPerMinute(), c.limits().tmobileDailySegments()),
                new TcrSync(c.tcrOperation() == null ? null : c.tcrOperation().name(), c.tcrAttempts(),
                        c.tcrLastError()),
                c.createdAt(), c.updatedAt());
    }
}

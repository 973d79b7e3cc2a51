package io.tendlc.simulators.tcr;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of a TCR webhook; absent fields are omitted. {@code timestamp} is an ISO-8601 instant.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TcrWebhookEvent(
        String eventId,
        String eventType,
        String brandId,
        String campaignId,
        String mnoId,
        String brandIdentityStatus,
        Integer vettingScore,
        String vettingStatus,
        String description,
        String timestamp) {

    static TcrWebhookEvent of(String eventType, String brandId, String campaignId, String mnoId,
                              String brandIdentityStatus, Integer vettingScore, String vettingStatus,
                              String description, Instant at) {
        return new TcrWebhookEvent(UUID.randomUUID().toString(), eventType, brandId, campaignId, mnoId,
                brandIdentityStatus, vettingScore, vettingStatus, description, at.toString());
    }

    /** The subscription category the event goes to: BRAND_SCORE_UPDATE and EVP_* to VETTING. */
    @JsonIgnore
    String category() {
        if (eventType.equals("BRAND_SCORE_UPDATE") || eventType.startsWith("EVP_")) {
            return "VETTING";
        }
        if (eventType.startsWith("BRAND_")) {
            return "BRAND";
        }
        return "CAMPAIGN";
    }
}

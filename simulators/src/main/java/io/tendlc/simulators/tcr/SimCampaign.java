package io.tendlc.simulators.tcr;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A campaign as the simulator keeps it, with each carrier's operation status. Changes go through
 * synchronized methods; a carrier decision only lands if it belongs to the latest review round.
 */
final class SimCampaign {

    private final String campaignId;
    private final Instant createDate;
    private CampaignRequest fields;
    private String status = "ACTIVE";
    private Instant updateDate;
    private long reviewRound;
    private final Map<String, String> operationStatus = new LinkedHashMap<>();

    SimCampaign(String campaignId, CampaignRequest fields, Instant now) {
        this.campaignId = campaignId;
        this.fields = fields;
        this.createDate = now;
        this.updateDate = now;
    }

    String campaignId() {
        return campaignId;
    }

    String brandId() {
        return fields.brandId();
    }

    synchronized CampaignRequest fields() {
        return fields;
    }

    synchronized boolean active() {
        return "ACTIVE".equals(status);
    }

    /** Starts a review round: every carrier back to REVIEW. Its number. */
    synchronized long startReview(CampaignRequest newFields, Instant now) {
        fields = newFields;
        updateDate = now;
        for (Carrier carrier : Carrier.values()) {
            operationStatus.put(carrier.mnoId(), "REVIEW");
        }
        return ++reviewRound;
    }

    /** Records a carrier's decision if the campaign is active and no later round started. */
    synchronized boolean decide(long round, Carrier carrier, String decision, Instant now) {
        if (round != reviewRound || !active()) {
            return false;
        }
        operationStatus.put(carrier.mnoId(), decision);
        updateDate = now;
        return true;
    }

    /** A carrier's later change (suspension and the like), outside any review round. */
    synchronized boolean override(Carrier carrier, String decision, Instant now) {
        if (!active()) {
            return false;
        }
        operationStatus.put(carrier.mnoId(), decision);
        updateDate = now;
        return true;
    }

    synchronized boolean deactivate(Instant now) {
        if (!active()) {
            return false;
        }
        status = "EXPIRED";
        updateDate = now;
        return true;
    }

    synchronized Map<String, String> operationStatus() {
        return Map.copyOf(operationStatus);
    }

    /** TCR's campaign JSON, absent fields omitted. */
    synchronized Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", campaignId);
        json.put("cspId", SimBrand.CSP_ID);
        put(json, "brandId", fields.brandId());
        put(json, "usecase", fields.usecase());
        put(json, "subUsecases", fields.subUsecases());
        put(json, "description", fields.description());
        put(json, "messageFlow", fields.messageFlow());
        put(json, "sample1", fields.sample1());
        put(json, "sample2", fields.sample2());
        put(json, "sample3", fields.sample3());
        put(json, "sample4", fields.sample4());
        put(json, "sample5", fields.sample5());
        put(json, "helpMessage", fields.helpMessage());
        put(json, "optinMessage", fields.optinMessage());
        put(json, "optoutMessage", fields.optoutMessage());
        put(json, "helpKeywords", fields.helpKeywords());
        put(json, "optinKeywords", fields.optinKeywords());
        put(json, "optoutKeywords", fields.optoutKeywords());
        json.put("subscriberOptin", Boolean.TRUE.equals(fields.subscriberOptin()));
        json.put("subscriberOptout", Boolean.TRUE.equals(fields.subscriberOptout()));
        json.put("subscriberHelp", Boolean.TRUE.equals(fields.subscriberHelp()));
        json.put("embeddedLink", Boolean.TRUE.equals(fields.embeddedLink()));
        put(json, "embeddedLinkSample", fields.embeddedLinkSample());
        json.put("embeddedPhone", Boolean.TRUE.equals(fields.embeddedPhone()));
        json.put("numberPool", Boolean.TRUE.equals(fields.numberPool()));
        json.put("ageGated", Boolean.TRUE.equals(fields.ageGated()));
        json.put("directLending", Boolean.TRUE.equals(fields.directLending()));
        json.put("affiliateMarketing", Boolean.TRUE.equals(fields.affiliateMarketing()));
        put(json, "privacyPolicyLink", fields.privacyPolicyLink());
        put(json, "termsAndConditionsLink", fields.termsAndConditionsLink());
        json.put("autoRenewal", !Boolean.FALSE.equals(fields.autoRenewal()));
        put(json, "referenceId", fields.referenceId());
        json.put("status", status);
        json.put("mock", false);
        json.put("createDate", createDate.toString());
        json.put("updateDate", updateDate.toString());
        return json;
    }

    private static void put(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}

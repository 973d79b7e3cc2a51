package io.tendlc.simulators.tcr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A brand as the simulator keeps it. Mutable, but every change goes through a synchronized method, and a
 * verification or vetting result only lands if it belongs to the latest round (an edit starts a new one).
 */
final class SimBrand {

    static final String CSP_ID = "SSIMCSP";

    private final String brandId;
    private final Instant createDate;
    private BrandRequest fields;
    private Instant updateDate;
    private String identityStatus = "SELF_DECLARED";
    private String identityStatusReason;
    private long verificationRound;
    private final List<Vetting> vettings = new ArrayList<>();

    /** One external vetting order and its result. */
    record Vetting(String vettingId, String evpId, String vettingClass, String vettingStatus, Integer vettingScore,
                   Instant createDate, Instant vettedDate) {
    }

    SimBrand(String brandId, BrandRequest fields, Instant now) {
        this.brandId = brandId;
        this.fields = fields;
        this.createDate = now;
        this.updateDate = now;
    }

    String brandId() {
        return brandId;
    }

    synchronized BrandRequest fields() {
        return fields;
    }

    synchronized String identityStatus() {
        return identityStatus;
    }

    synchronized boolean verified() {
        return "VERIFIED".equals(identityStatus) || "VETTED_VERIFIED".equals(identityStatus);
    }

    /** Replaces the fields and starts a new verification round; its number. */
    synchronized long edit(BrandRequest edited, Instant now) {
        fields = edited;
        updateDate = now;
        return ++verificationRound;
    }

    /** Starts a new verification round without changing the fields (create, revet); its number. */
    synchronized long startVerification() {
        return ++verificationRound;
    }

    /** Applies a verification result if no later round started; false when it is stale. */
    synchronized boolean completeVerification(long round, IdentityVerification.Outcome outcome, Instant now) {
        if (round != verificationRound) {
            return false;
        }
        identityStatus = outcome.identityStatus();
        identityStatusReason = outcome.reason();
        updateDate = now;
        return true;
    }

    synchronized boolean hasActiveVetting() {
        return vettings.stream().anyMatch(vetting -> "ACTIVE".equals(vetting.vettingStatus()));
    }

    synchronized Vetting orderVetting(String vettingId, String evpId, String vettingClass, Instant now) {
        Vetting vetting = new Vetting(vettingId, evpId, vettingClass, "PENDING", null, now, null);
        vettings.add(vetting);
        return vetting;
    }

    /**
     * Records a vetting's score; a verified brand becomes VETTED_VERIFIED. Returns the identity status before,
     * so the caller knows whether it changed.
     */
    synchronized String completeVetting(String vettingId, int score, Instant now) {
        vettings.replaceAll(vetting -> vetting.vettingId().equals(vettingId)
                ? new Vetting(vettingId, vetting.evpId(), vetting.vettingClass(), "ACTIVE", score,
                        vetting.createDate(), now)
                : vetting);
        String before = identityStatus;
        if ("VERIFIED".equals(identityStatus)) {
            identityStatus = "VETTED_VERIFIED";
        }
        updateDate = now;
        return before;
    }

    synchronized List<Vetting> vettings() {
        return List.copyOf(vettings);
    }

    /** The latest scored vetting, or null. */
    synchronized Vetting latestScoredVetting() {
        Vetting latest = null;
        for (Vetting vetting : vettings) {
            if (vetting.vettingScore() != null
                    && (latest == null || !vetting.vettedDate().isBefore(latest.vettedDate()))) {
                latest = vetting;
            }
        }
        return latest;
    }

    /** TCR's brand JSON, absent fields omitted; identityStatusReason, vettingScore/Status are simulator extras. */
    synchronized Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("brandId", brandId);
        json.put("cspId", CSP_ID);
        put(json, "entityType", fields.entityType());
        put(json, "firstName", fields.firstName());
        put(json, "lastName", fields.lastName());
        put(json, "displayName", fields.displayName());
        put(json, "companyName", fields.companyName());
        put(json, "ein", fields.ein());
        put(json, "einIssuingCountry", fields.einIssuingCountry());
        put(json, "phone", fields.phone());
        put(json, "mobilePhone", fields.mobilePhone());
        put(json, "street", fields.street());
        put(json, "city", fields.city());
        put(json, "state", fields.state());
        put(json, "postalCode", fields.postalCode());
        put(json, "country", fields.country());
        put(json, "email", fields.email());
        put(json, "website", fields.website());
        put(json, "vertical", fields.vertical());
        put(json, "stockSymbol", fields.stockSymbol());
        put(json, "stockExchange", fields.stockExchange());
        put(json, "brandRelationship", fields.brandRelationship() != null ? fields.brandRelationship()
                : "BASIC_ACCOUNT");
        put(json, "altBusinessId", fields.altBusinessId());
        put(json, "altBusinessIdType", fields.altBusinessIdType());
        put(json, "referenceId", fields.referenceId());
        if (!fields.einDigits().isEmpty()) {
            json.put("universalEin", (fields.einIssuingCountry() != null ? fields.einIssuingCountry() : "US")
                    + "_" + fields.einDigits());
        }
        json.put("identityStatus", identityStatus);
        put(json, "identityStatusReason", identityStatusReason);
        Vetting scored = latestScoredVetting();
        if (scored != null) {
            json.put("vettingScore", scored.vettingScore());
            json.put("vettingStatus", scored.vettingStatus());
        } else if (!vettings.isEmpty()) {
            json.put("vettingStatus", vettings.getLast().vettingStatus());
        }
        json.put("status", "ACTIVE");
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

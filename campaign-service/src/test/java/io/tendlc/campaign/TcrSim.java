package io.tendlc.campaign;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TwilioSimulator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The TCR simulator as a test talks to it directly (not through the service): brands registered and verified there,
 * knobs, carriers changing their minds, and what it sent.
 */
public final class TcrSim {

    private static final Map<String, String> VERIFIED = new ConcurrentHashMap<>();

    private TcrSim() {
    }

    private static Api api() {
        return new Api(TwilioSimulator.shared().baseUrl());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((TwilioSimulator.TCR_API_KEY + ":"
                + TwilioSimulator.TCR_API_SECRET).getBytes(StandardCharsets.UTF_8));
    }

    private static Api.Reply tcr(String method, String path, String json) {
        var client = api().client();
        var spec = switch (method) {
            case "GET" -> client.get().uri("/tcr/v2" + path).header(HttpHeaders.AUTHORIZATION, basic());
            case "DELETE" -> client.delete().uri("/tcr/v2" + path).header(HttpHeaders.AUTHORIZATION, basic());
            default -> client.method(org.springframework.http.HttpMethod.valueOf(method)).uri("/tcr/v2" + path)
                    .header(HttpHeaders.AUTHORIZATION, basic()).contentType(MediaType.APPLICATION_JSON).body(json);
        };
        return api().request(spec);
    }

    /** A brand registered at TCR and VERIFIED there (one per entity type per JVM): its TCR brand id. */
    public static String verifiedBrand(String entityType) {
        return VERIFIED.computeIfAbsent(entityType, TcrSim::registerVerified);
    }

    private static String registerVerified(String entityType) {
        boolean sole = entityType.equals("SOLE_PROPRIETOR");
        String body = """
                {"entityType":"%s","displayName":"Acme Widgets","companyName":"Acme Widgets LLC",
                 "ein":"%s","einIssuingCountry":"US","phone":"+15555550100","street":"1 Main St","city":"Springfield",
                 "state":"IL","postalCode":"62701","country":"US","email":"owner@acme.example",
                 "website":"https://acme.example","vertical":"RETAIL","brandRelationship":"BASIC_ACCOUNT",
                 "firstName":"Ada","lastName":"Lovelace","mobilePhone":"+15555550101"}"""
                .formatted(entityType, sole ? "" : "84-1234567");
        Api.Reply created = tcr("POST", "/brand/nonBlocking", body);
        if (created.status() != 200) {
            throw new IllegalStateException("TCR simulator refused the brand: " + created.status() + " " + created.body());
        }
        String brandId = created.text("brandId");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                tcr("GET", "/brand/" + brandId, null).text("identityStatus").equals("VERIFIED"));
        return brandId;
    }

    /** TCR's view of a campaign. */
    public static JsonNode campaign(String tcrCampaignId) {
        return tcr("GET", "/campaign/" + tcrCampaignId, null).json();
    }

    /** Where TCR posts CAMPAIGN webhooks (null: nowhere yet). */
    public static String campaignWebhookEndpoint() {
        JsonNode subscriptions = tcr("GET", "/webhook/subscription", null).json();
        for (JsonNode s : subscriptions.isArray() ? subscriptions : subscriptions.path("subscriptions")) {
            if ("CAMPAIGN".equals(s.path("eventCategory").asString())) {
                return s.path("webhookEndpoint").asString();
            }
        }
        return null;
    }

    /** A carrier changes its verdict after review (SUSPENDED, or APPROVED again), with a webhook. */
    public static void carrierDecides(String tcrCampaignId, String mnoId, String status, String description) {
        Api.Reply reply = api().post("/sim/tcr/campaign/" + tcrCampaignId + "/operationStatus", null,
                "{\"mnoId\":\"" + mnoId + "\",\"status\":\"" + status + "\",\"description\":\"" + description + "\"}");
        if (reply.status() != 200) {
            throw new IllegalStateException(reply.status() + " " + reply.body());
        }
    }

    public static void knobs(String json) {
        api().post("/sim/tcr/config", null, json);
    }

    public static void resetKnobs() {
        api().delete("/sim/tcr/config", null);
    }

    public static JsonNode stats() {
        return api().get("/sim/tcr/stats", null).json();
    }
}

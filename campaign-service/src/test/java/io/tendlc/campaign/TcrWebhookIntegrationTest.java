package io.tendlc.campaign;

import io.tendlc.events.registry.BrandChanged;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TwilioSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** TCR's campaign webhooks: signed, duplicated and out of order, and never able to move a carrier backwards. */
@CampaignServiceTest
class TcrWebhookIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    final Registrations org = new Registrations();
    final Api api = org.api;

    @Test
    void duplicatedAndReorderedVerdictsNeverMoveACarrierBackwardsAndAreStoredOnce() {
        BrandChanged brand = org.approvedBrand(82);
        UUID id = org.approvedCampaign(brand);
        String tcrId = org.get(id).text("tcrCampaignId");
        List<Instant> times = new ArrayList<>();
        org.api.get("/api/v1/campaigns/" + id + "/events", org.owner).json()
                .forEach(e -> times.add(Instant.parse(e.path("occurredAt").asString())));
        Instant approvedAt = times.stream().max(Instant::compareTo).orElseThrow();

        // a review older than the approvals, delivered late and twice: stored once, changes nothing
        String lateReview = mno("MNO_CAMPAIGN_OPERATION_REVIEW", tcrId, "10017", approvedAt.minusSeconds(5), "late");
        assertThat(post(lateReview).status()).isEqualTo(200);
        assertThat(post(lateReview).status()).isEqualTo(200);
        String lateRejection = mno("MNO_CAMPAIGN_OPERATION_REJECTED", tcrId, "10037", approvedAt.minusSeconds(1),
                "Verizon: stale rejection");
        assertThat(post(lateRejection).status()).isEqualTo(200);
        assertThat(org.status(id)).isEqualTo("APPROVED");
        assertThat(org.carrier(id, "ATT")).isEqualTo("APPROVED");
        assertThat(org.carrier(id, "VERIZON")).isEqualTo("APPROVED");

        // T-Mobile suspends at +10 s and lifts it at +20 s, but the lifting arrives first
        String suspended = mno("MNO_CAMPAIGN_OPERATION_SUSPENDED", tcrId, "10035", approvedAt.plusSeconds(10),
                "T-Mobile: complaints");
        String unsuspended = mno("MNO_CAMPAIGN_OPERATION_UNSUSPENDED", tcrId, "10035", approvedAt.plusSeconds(20),
                "T-Mobile: lifted");
        assertThat(post(unsuspended).status()).isEqualTo(200);
        assertThat(post(suspended).status()).isEqualTo(200);
        assertThat(post(suspended).status()).isEqualTo(200);
        assertThat(org.carrier(id, "TMOBILE")).isEqualTo("APPROVED");
        assertThat(org.status(id)).isEqualTo("APPROVED");

        // in order, a later suspension applies, and its lifting after it
        assertThat(post(mno("MNO_CAMPAIGN_OPERATION_SUSPENDED", tcrId, "10035", approvedAt.plusSeconds(30),
                "T-Mobile: complaints again")).status()).isEqualTo(200);
        assertThat(org.status(id)).isEqualTo("SUSPENDED");
        assertThat(post(mno("MNO_CAMPAIGN_OPERATION_UNSUSPENDED", tcrId, "10035", approvedAt.plusSeconds(40),
                "T-Mobile: lifted again")).status()).isEqualTo(200);
        assertThat(org.status(id)).isEqualTo("APPROVED");

        List<String> ids = new ArrayList<>();
        org.api.get("/api/v1/campaigns/" + id + "/events", org.owner).json()
                .forEach(e -> ids.add(e.path("eventId").asString()));
        assertThat(ids).doesNotHaveDuplicates().contains(eventIdOf(lateReview), eventIdOf(suspended));
        assertThat(jdbc.queryForObject("select count(*) from tcr_event where event_id = ?", Long.class,
                eventIdOf(suspended))).isEqualTo(1);
        assertThat(RecordedEvents.countAfterQuietPeriod(id, "campaign.suspended")).isEqualTo(1);
    }

    @Test
    void theSimulatorsDuplicatedAndReorderedDeliveriesEndInOneApprovalAndOneRowPerEvent() {
        BrandChanged brand = org.approvedBrand(82);
        long duplicatedBefore = TcrSim.stats().path("webhooksDuplicated").asLong();
        TcrSim.knobs("{\"duplicateRate\":1.0,\"reorder\":true,\"reorderMaxDelay\":400}");
        try {
            UUID id = org.approvedCampaign(brand);
            String tcrId = org.get(id).text("tcrCampaignId");
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from tcr_event where tcr_campaign_id = ?", Long.class, tcrId) >= 4);
            assertThat(TcrSim.stats().path("webhooksDuplicated").asLong()).isGreaterThanOrEqualTo(duplicatedBefore + 4);
            assertThat(RecordedEvents.countAfterQuietPeriod(id, "campaign.approved")).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from tcr_event where tcr_campaign_id = ?", Long.class,
                    tcrId)).isEqualTo(4); // CAMPAIGN_ADD and three verdicts, each once
            assertThat(org.status(id)).isEqualTo("APPROVED");
        } finally {
            TcrSim.resetKnobs();
        }
    }

    @Test
    void forgedStaleOrUnsignedWebhooksAreRefusedAndNotStored() {
        String body = mnoBody(UUID.randomUUID().toString(), "MNO_CAMPAIGN_OPERATION_REJECTED", "CFORGED", "10017",
                Instant.now(), "forged");
        long now = Instant.now().getEpochSecond();
        Map<String, String> forgeries = new HashMap<>();
        forgeries.put("wrong secret", header(now, body, "not-the-secret"));
        forgeries.put("six minutes old", header(now - 360, body, TwilioSimulator.TCR_WEBHOOK_SECRET));
        forgeries.put("six minutes ahead", header(now + 360, body, TwilioSimulator.TCR_WEBHOOK_SECRET));
        forgeries.put("another body", header(now, body.replace("forged", "other"), TwilioSimulator.TCR_WEBHOOK_SECRET));
        forgeries.put("no MAC", "t=" + now);
        forgeries.put("garbage", "v1=zz,t=abc");
        forgeries.forEach((what, header) -> {
            Api.Reply reply = post(body, header);
            assertThat(reply.status()).as(what).isEqualTo(403);
            assertThat(reply.text("type")).as(what).isEqualTo("https://tendlc.io/problems/invalid-signature");
        });
        assertThat(post(body, null).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from tcr_event where tcr_campaign_id = 'CFORGED'", Long.class))
                .isZero();

        // within the window, and signed right: taken (an unknown campaign is kept, not refused)
        assertThat(post(body, header(now - 200, body, TwilioSimulator.TCR_WEBHOOK_SECRET)).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from tcr_event where tcr_campaign_id = 'CFORGED'", Long.class))
                .isEqualTo(1);
        String notJson = "not json";
        assertThat(post(notJson, header(now, notJson, TwilioSimulator.TCR_WEBHOOK_SECRET)).status()).isEqualTo(400);
    }

    private Api.Reply post(String body) {
        return post(body, header(Instant.now().getEpochSecond(), body, TwilioSimulator.TCR_WEBHOOK_SECRET));
    }

    private Api.Reply post(String body, String signature) {
        return api.request(api.client().post().uri("/webhooks/tcr/campaigns").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (signature != null) {
                        h.add("X-Tcr-Signature", signature);
                    }
                }).body(body));
    }

    private static String mno(String type, String tcrId, String mnoId, Instant at, String description) {
        return mnoBody(UUID.randomUUID().toString(), type, tcrId, mnoId, at, description);
    }

    private static String mnoBody(String eventId, String type, String tcrId, String mnoId, Instant at,
                                  String description) {
        return "{\"eventId\":\"" + eventId + "\",\"eventType\":\"" + type + "\",\"brandId\":\"BTEST01\","
                + "\"campaignId\":\"" + tcrId + "\",\"mnoId\":\"" + mnoId + "\",\"description\":\"" + description
                + "\",\"timestamp\":\"" + at + "\"}";
    }

    private static String eventIdOf(String body) {
        return body.substring(body.indexOf("\"eventId\":\"") + 11, body.indexOf("\",\"eventType\""));
    }

    /** TCR's scheme, written out independently of the service's verifier. */
    static String header(long epochSeconds, String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

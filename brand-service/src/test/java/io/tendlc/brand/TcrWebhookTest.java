package io.tendlc.brand;

import io.tendlc.events.EventTypes;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TwilioSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static io.tendlc.brand.TestBrands.einScoring;
import static io.tendlc.brand.TestBrands.privateProfit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** TCR's webhooks as they really come: duplicated, out of order, and sometimes not from TCR at all. */
@BrandServiceTest
class TcrWebhookTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final UUID org = UUID.randomUUID();
    final Api sim = new Api(TwilioSimulator.shared().baseUrl());

    Api api() {
        return Api.at(port);
    }

    TestBrands brands() {
        return new TestBrands(api(), org);
    }

    @AfterEach
    void resetSimulatorKnobs() {
        sim.delete("/sim/tcr/config", null);
    }

    @Test
    void duplicatedAndReorderedWebhooksNeverMoveABrandBackwardsAndAreStoredOnce() {
        JsonNode brand = brands().registered(privateProfit("Orderly Outfitters", einScoring(52)));
        String id = brand.path("id").asString();
        String tcrId = brand.path("tcrBrandId").asString();
        brands().awaitStatus(id, "APPROVED");
        await().atMost(Duration.ofSeconds(10)).until(() -> history(id).size() == 2);

        Instant verifiedAt = Instant.now().plusSeconds(1);
        String verified = event("BRAND_IDENTITY_STATUS_UPDATE", tcrId, "VERIFIED", null, verifiedAt);
        String olderUnverified = event("BRAND_IDENTITY_STATUS_UPDATE", tcrId, "UNVERIFIED", "EIN does not match",
                verifiedAt.minusMillis(500));
        String sameTimeSelfDeclared = event("BRAND_ADD", tcrId, "SELF_DECLARED", null, verifiedAt);

        assertThat(post(verified).text("outcome")).isEqualTo("APPLIED");
        assertThat(post(verified).text("outcome")).isEqualTo("DUPLICATE");
        assertThat(post(olderUnverified).text("outcome")).isEqualTo("STALE");
        assertThat(post(olderUnverified).text("outcome")).isEqualTo("DUPLICATE");
        assertThat(post(sameTimeSelfDeclared).text("outcome")).isEqualTo("STALE");

        JsonNode after = brands().get(id);
        assertThat(after.path("status").asString()).isEqualTo("APPROVED");
        assertThat(after.path("identityStatus").asString()).isEqualTo("VERIFIED");
        // BRAND_ADD (applied or, without an identity status, ignored), TCR's verdict, then ours
        List<String> outcomes = history(id).stream().map(e -> e.path("outcome").asString()).toList();
        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.subList(1, 5)).containsExactly("APPLIED", "STALE", "APPLIED", "STALE");
        assertThat(jdbc.queryForObject("select count(*) from tcr_webhook_event where tcr_brand_id = ?", Long.class,
                tcrId)).isEqualTo(5);
        // a newer verdict does move it (the brand was edited, say): forward in time, not in rank
        String newerUnverified = event("BRAND_IDENTITY_STATUS_UPDATE", tcrId, "UNVERIFIED", "no 501(c) status found",
                verifiedAt.plusSeconds(1));
        assertThat(post(newerUnverified).text("outcome")).isEqualTo("APPLIED");
        JsonNode rejected = brands().get(id);
        assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("statusReason").asString()).isEqualTo("no 501(c) status found");
        UUID brandId = UUID.fromString(id);
        RecordedEvents.await(EventTypes.BRAND_REJECTED, b -> b.brandId().equals(brandId));
        assertThat(RecordedEvents.settledTypesFor(brandId))
                .containsExactly("brand.registered", "brand.approved", "brand.rejected");
    }

    @Test
    void theSimulatorsOwnDuplicatesAndReorderingEndInTheRightState() {
        sim.post("/sim/tcr/config", null, "{\"duplicateRate\": 1.0, \"reorder\": true, \"reorderMaxDelay\": 300}");
        String id = brands().registered(privateProfit("Chaos Coffee", einScoring(77))).path("id").asString();
        brands().awaitStatus(id, "APPROVED");
        assertThat(api().post("/api/v1/brands/" + id + "/vetting", brands().token(), "").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode b = brands().get(id);
            assertThat(b.path("identityStatus").asString()).isEqualTo("VETTED_VERIFIED");
            assertThat(b.path("throughputTier").asString()).isEqualTo("TOP");
            // BRAND_ADD, verification, score update and the identity update the score caused: each stored once
            assertThat(history(id)).hasSize(4);
        });
        assertThat(brands().get(id).path("status").asString()).isEqualTo("APPROVED");
        List<String> ids = new ArrayList<>();
        history(id).forEach(e -> ids.add(e.path("eventId").asString()));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    org.springframework.context.ApplicationEventPublisher springEvents;
    @Autowired
    io.tendlc.brand.brands.Brands brandTable;

    @Test
    void aWebhookThatBeatsTheRegistrationIsKeptAndAppliedWhenTcrsIdIsRecorded() {
        String id = brands().registered(privateProfit("Early Bird Bakery", einScoring(66))).path("id").asString();
        brands().awaitStatus(id, "APPROVED");
        // TCR's next id for this brand, as if its verdict had come before the registration's answer was recorded
        String tcrId = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        String scored = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"BRAND_SCORE_UPDATE\",\"brandId\":\""
                + tcrId + "\",\"vettingScore\":91,\"vettingStatus\":\"ACTIVE\",\"timestamp\":\"" + Instant.now() + "\"}";
        assertThat(post(scored).text("outcome")).isEqualTo("UNMATCHED");
        assertThat(jdbc.queryForObject("select count(*) from tcr_webhook_event where tcr_brand_id = ? and brand_id is null",
                Long.class, tcrId)).isEqualTo(1);

        tx.executeWithoutResult(s -> {
            jdbc.update("update brand set tcr_brand_id = ? where id = ?::uuid", tcrId, id);
            springEvents.publishEvent(new io.tendlc.brand.brands.TcrBrandIdRecorded(
                    brandTable.find(org, UUID.fromString(id)).orElseThrow()));
        });
        JsonNode after = brands().get(id);
        assertThat(after.path("vettingScore").asInt()).isEqualTo(91);
        assertThat(after.path("throughputTier").asString()).isEqualTo("TOP");
        assertThat(history(id)).extracting(e -> e.path("eventType").asString() + " " + e.path("outcome").asString())
                .endsWith("BRAND_SCORE_UPDATE APPLIED");
    }

    @Test
    void forgedUnsignedAndStaleWebhooksAreRefused() {
        JsonNode brand = brands().registered(privateProfit("Guarded Goods", einScoring(58)));
        String id = brand.path("id").asString();
        String tcrId = brand.path("tcrBrandId").asString();
        brands().awaitStatus(id, "APPROVED");
        String body = event("BRAND_IDENTITY_STATUS_UPDATE", tcrId, "UNVERIFIED", "forged", Instant.now().plusSeconds(5));
        long now = Instant.now().getEpochSecond();

        assertRefused(deliver(body, null));
        assertRefused(deliver(body, "t=" + now + ",v1=" + "0".repeat(64)));
        assertRefused(deliver(body, "t=" + now + ",v1=" + hmac("wrong-secret", now + "." + body)));
        assertRefused(deliver(body, "t=" + (now - 301) + ",v1=" + hmac(TwilioSimulator.TCR_WEBHOOK_SECRET, (now - 301) + "." + body)));
        assertRefused(deliver(body, "t=" + (now + 400) + ",v1=" + hmac(TwilioSimulator.TCR_WEBHOOK_SECRET, (now + 400) + "." + body)));
        assertRefused(deliver(body + " ", sign(body)));
        assertRefused(deliver(body, "v1=" + hmac(TwilioSimulator.TCR_WEBHOOK_SECRET, now + "." + body)));

        assertThat(brands().get(id).path("status").asString()).isEqualTo("APPROVED");
        assertThat(history(id)).hasSize(2);
        // a rotated key: either signature may match
        assertThat(deliver(body, "t=" + now + ",v1=" + "0".repeat(64) + ",v1="
                + hmac(TwilioSimulator.TCR_WEBHOOK_SECRET, now + "." + body)).status()).isEqualTo(200);
        assertThat(post("{\"eventType\": \"BRAND_ADD\"}").status()).isEqualTo(400);
        assertThat(post("not json").status()).isEqualTo(400);
    }

    private static void assertRefused(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        assertThat(reply.text("type")).endsWith("/invalid-signature");
    }

    List<JsonNode> history(String id) {
        List<JsonNode> entries = new ArrayList<>();
        api().get("/api/v1/brands/" + id + "/events", brands().token()).json().forEach(entries::add);
        return entries;
    }

    static String event(String type, String tcrId, String identity, String description, Instant at) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"" + type + "\",\"brandId\":\"" + tcrId
                + "\",\"brandIdentityStatus\":\"" + identity + "\""
                + (description == null ? "" : ",\"description\":\"" + description + "\"")
                + ",\"timestamp\":\"" + at + "\"}";
    }

    Api.Reply post(String body) {
        return deliver(body, sign(body));
    }

    Api.Reply deliver(String body, String signature) {
        return api().request(api().client().post().uri("/webhooks/tcr/brands")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (signature != null) {
                        h.add("X-Tcr-Signature", signature);
                    }
                })
                .body(body));
    }

    /** TCR's scheme, written out independently of the service's verifier. */
    static String sign(String body) {
        long t = Instant.now().getEpochSecond();
        return "t=" + t + ",v1=" + hmac(TwilioSimulator.TCR_WEBHOOK_SECRET, t + "." + body);
    }

    static String hmac(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

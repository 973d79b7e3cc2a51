package io.tendlc.compliance;

import io.tendlc.compliance.rules.ComplianceCheck;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tendlc.events.EventTypes.BRAND_APPROVED;
import static io.tendlc.events.EventTypes.BRAND_DELETED;
import static io.tendlc.events.EventTypes.BRAND_REGISTERED;
import static io.tendlc.events.EventTypes.BRAND_UPDATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ComplianceIntegrationTest
class ComplianceCheckIntegrationTest {

    static final String CHECK = "/api/v1/compliance/check";
    static final String RULES = "/api/v1/compliance/rules";

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    final UUID org = UUID.randomUUID();

    Api api() {
        return Api.at(port);
    }

    String owner() {
        return TestTokens.user(org, "OWNER");
    }

    @Test
    void brandCheckListsEveryProblemAndStillAnswers200() {
        Map<String, Object> brand = Requests.goodBrand();
        brand.put("ein", "12345");
        brand.put("phone", "202-555-0123");
        brand.put("website", "https://bit.ly/acme");
        Api.Reply reply = api().post(CHECK, owner(), Requests.brandCheck(brand));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("passed").asBoolean()).isFalse();
        assertThat(body.path("errors").asInt()).isEqualTo(3);
        assertThat(rules(body)).contains("brand-ein", "brand-phone", "brand-website");
        JsonNode ein = finding(body, "brand-ein");
        assertThat(ein.path("field").asString()).isEqualTo("ein");
        assertThat(ein.path("severity").asString()).isEqualTo("ERROR");
        assertThat(ein.path("message").asString()).contains("9 digits");
        assertThat(ein.path("source").asString()).isEqualTo("TCR brand registration requirements");
        assertThat(ein.path("resubmittable").asBoolean()).isTrue();

        Api.Reply good = api().post(CHECK, owner(), Requests.brandCheck(Requests.goodBrand()));
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().path("passed").asBoolean()).isTrue();
        assertThat(good.json().path("findings").size()).isZero();
    }

    @Test
    void campaignOfAProjectedBrandIsCheckedAgainstIt() {
        UUID brandId = publishedBrand("Acme Flowers", "PRIVATE_PROFIT");
        Api.Reply good = api().post(CHECK, owner(), Requests.campaignCheck(Requests.goodCampaign("Acme Flowers"),
                brandId));
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().path("passed").asBoolean()).as(good.body()).isTrue();
        assertThat(good.json().path("findings").size()).as(good.body()).isZero();

        // the example: a shortened link and no opt-out language — both reasons at once
        Map<String, Object> bad = Requests.goodCampaign("Acme Flowers");
        bad.put("samples", List.of("Acme Flowers: Spring sale! 20% off all bouquets: https://bit.ly/3acme",
                "Acme Flowers: roses are back in stock, order at https://bit.ly/roses4u today."));
        Api.Reply reply = api().post(CHECK, owner(), Requests.campaignCheck(bad, brandId));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("passed").asBoolean()).isFalse();
        assertThat(rules(body)).contains("url-shortener", "sample-missing-opt-out");
        assertThat(finding(body, "url-shortener").path("resubmittable").asBoolean()).isFalse();
        assertThat(finding(body, "url-shortener").path("field").asString()).isEqualTo("samples[0]");
        assertThat(finding(body, "sample-missing-opt-out").path("resubmittable").asBoolean()).isTrue();

        // a sample must name this brand, not another
        Api.Reply otherName = api().post(CHECK, owner(), Requests.campaignCheck(Requests.goodCampaign("Bloom Co"),
                brandId));
        assertThat(rules(otherName.json())).contains("sample-missing-brand");
    }

    @Test
    void aCampaignBeingTypedIsCheckedAsItIs() {
        UUID brandId = publishedBrand("Acme Flowers", "PRIVATE_PROFIT");
        Api.Reply reply = api().post(CHECK, owner(), Requests.campaignCheck(
                Map.of("description", "Acme Flowers sends"), brandId));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("passed").asBoolean()).isFalse();
        assertThat(rules(reply.json())).contains("usecase-unknown", "description-length", "sample-count");
    }

    @Test
    void theBrandsEntityTypeAndVettingDecideTheUsecase() {
        Instant t = now();
        UUID brandId = UUID.randomUUID();
        BrandEvents events = new BrandEvents(kafka);
        events.publish(BRAND_APPROVED, BrandEvents.brand(org, brandId, "Jane Doe Nails", "SOLE_PROPRIETOR", "VERIFIED",
                null, "APPROVED", t));
        awaitBrand(brandId, t);
        Map<String, Object> campaign = Requests.goodCampaign("Jane Doe Nails");
        JsonNode asSoleProprietor = api().post(CHECK, owner(), Requests.campaignCheck(campaign, brandId)).json();
        assertThat(rules(asSoleProprietor)).contains("usecase-not-allowed");
        assertThat(finding(asSoleProprietor, "usecase-not-allowed").path("message").asString())
                .contains("SOLE_PROPRIETOR");

        // re-registered with an EIN: the newer change wins
        Instant later = t.plusSeconds(60);
        EventEnvelope<BrandChanged> update = events.publish(BRAND_UPDATED, BrandEvents.brand(org, brandId,
                "Jane Doe Nails", "PRIVATE_PROFIT", "VERIFIED", null, "APPROVED", later));
        awaitBrand(brandId, later);
        assertThat(rules(api().post(CHECK, owner(), Requests.campaignCheck(campaign, brandId)).json()))
                .doesNotContain("usecase-not-allowed");

        // a redelivery, and an older change arriving late, change nothing (same key: consumed in this order)
        events.publish(update);
        EventEnvelope<BrandChanged> stale = events.publish(BRAND_REGISTERED, BrandEvents.brand(org, brandId,
                "Jane Doe Nails", "SOLE_PROPRIETOR", "SELF_DECLARED", null, "PENDING", t.minusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select count(*) from processed_event where consumer = 'compliance.brands' and event_id = ?")
                .param(stale.id()).query(Integer.class).single() == 1);
        assertThat(changedAt(brandId)).isEqualTo(later);
        assertThat(rules(api().post(CHECK, owner(), Requests.campaignCheck(campaign, brandId)).json()))
                .doesNotContain("usecase-not-allowed", "brand-not-verified");
    }

    @Test
    void aBrandOfAnotherOrganizationUnknownOrDeletedIsNotFound() {
        UUID theirs = UUID.randomUUID();
        Instant t = now();
        BrandEvents events = new BrandEvents(kafka);
        events.publish(BRAND_APPROVED, BrandEvents.brand(UUID.randomUUID(), theirs, "Their Brand", "PRIVATE_PROFIT",
                "VERIFIED", null, "APPROVED", t));
        awaitBrand(theirs, t);
        for (UUID brandId : List.of(theirs, UUID.randomUUID())) {
            Api.Reply reply = api().post(CHECK, owner(), Requests.campaignCheck(Requests.goodCampaign("Their Brand"),
                    brandId));
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.text("type")).isEqualTo("https://tendlc.io/problems/not-found");
            assertThat(reply.body()).doesNotContain("Their Brand");
        }

        UUID deleted = publishedBrand("Gone Flowers", "PRIVATE_PROFIT");
        Instant later = changedAt(deleted).plusSeconds(1);
        events.publish(BRAND_DELETED, BrandEvents.brand(org, deleted, "Gone Flowers", "PRIVATE_PROFIT", "VERIFIED",
                null, "DELETED", later));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().post(CHECK, owner(),
                Requests.campaignCheck(Requests.goodCampaign("Gone Flowers"), deleted)).status() == 404);
    }

    @Test
    void aBrandNeverChangesOrganization() {
        Instant t = now();
        UUID brandId = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        BrandEvents events = new BrandEvents(kafka);
        // an envelope and a payload naming two organizations: poison, dead-lettered, never applied
        BrandChanged ours = BrandEvents.brand(org, brandId, "Acme Flowers", "PRIVATE_PROFIT", "VERIFIED", null,
                "APPROVED", t.plusSeconds(120));
        events.publish(new EventEnvelope<>(java.util.UUID.randomUUID(), BRAND_UPDATED.name(), t, other,
                brandId.toString(), 1, ours));
        events.publish(BRAND_APPROVED, BrandEvents.brand(org, brandId, "Acme Flowers", "PRIVATE_PROFIT", "VERIFIED",
                null, "APPROVED", t));
        awaitBrand(brandId, t);
        // a newer change of the same brand id from another organization does not take it over
        EventEnvelope<BrandChanged> takeover = events.publish(BRAND_UPDATED, BrandEvents.brand(other, brandId,
                "Other Brand", "SOLE_PROPRIETOR", "VERIFIED", null, "APPROVED", t.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select count(*) from processed_event where consumer = 'compliance.brands' and event_id = ?")
                .param(takeover.id()).query(Integer.class).single() == 1);
        assertThat(changedAt(brandId)).isEqualTo(t);
        assertThat(api().post(CHECK, owner(), Requests.campaignCheck(Requests.goodCampaign("Acme Flowers"), brandId))
                .json().path("passed").asBoolean()).isTrue();
        assertThat(api().post(CHECK, TestTokens.user(other, "OWNER"),
                Requests.campaignCheck(Requests.goodCampaign("Other Brand"), brandId)).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"brand\": {}, \"campaign\": {}, \"brandId\": \"00000000-0000-0000-0000-000000000001\"}",
            "{\"campaign\": {\"usecase\": \"MARKETING\"}}",
            "{\"campaign\": {}, \"brandId\": \"not-a-uuid\"}",
            "{\"campaign\": {\"embeddedLink\": \"perhaps\"}, \"brandId\": \"00000000-0000-0000-0000-000000000001\"}",
            "{\"brand\": {\"displayName\": [1, 2]}}",
            "{\"brand\": ",
            "[]"})
    void malformedInputIsAProblemNotAnError(String body) {
        Api.Reply reply = api().post(CHECK, owner(), body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.text("type")).startsWith("https://tendlc.io/problems/");
        assertThat(reply.headers().getContentType().toString()).contains("problem+json");
    }

    @Test
    void oversizedInputIsRefused() {
        Map<String, Object> campaign = Requests.goodCampaign("Acme Flowers");
        campaign.put("description", "x".repeat(10_001));
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            samples.add("Acme Flowers: sample " + i);
        }
        campaign.put("samples", samples);
        Api.Reply reply = api().post(CHECK, owner(), Requests.campaignCheck(campaign, UUID.randomUUID()));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("type")).isEqualTo("https://tendlc.io/problems/validation");
        assertThat(reply.body()).contains("campaign.description", "campaign.samples");
    }

    @Test
    void everyMemberMayCheckAndApiKeysNeedTheScope() {
        String body = Requests.brandCheck(Requests.goodBrand());
        for (String role : List.of("OWNER", "ADMIN", "MANAGER", "AGENT", "VIEWER")) {
            assertThat(api().post(CHECK, TestTokens.user(org, role), body).status()).as(role).isEqualTo(200);
        }
        assertThat(api().post(CHECK, TestTokens.apiKey(org, "compliance:read"), body).status()).isEqualTo(200);
        Api.Reply withoutScope = api().post(CHECK, TestTokens.apiKey(org, "messages:send"), body);
        assertThat(withoutScope.status()).isEqualTo(403);
        assertThat(withoutScope.text("type")).isEqualTo("https://tendlc.io/problems/forbidden");
        assertThat(api().get(RULES, TestTokens.apiKey(org, "messages:send")).status()).isEqualTo(403);
        assertThat(api().post(CHECK, null, body).status()).isEqualTo(401);
        assertThat(api().get(RULES, null).status()).isEqualTo(401);
    }

    @Test
    void theRuleCatalogueIsPublished() {
        Api.Reply reply = api().get(RULES, TestTokens.user(org, "VIEWER"));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode rules = reply.json();
        assertThat(rules.size()).isEqualTo(ComplianceCheck.rules().size());
        JsonNode shortener = null;
        for (JsonNode rule : rules) {
            assertThat(rule.path("description").asString()).isNotBlank();
            assertThat(rule.path("source").asString()).isNotBlank();
            if (rule.path("code").asString().equals("url-shortener")) {
                shortener = rule;
            }
        }
        assertThat(shortener).isNotNull();
        assertThat(shortener.path("resubmittable").asBoolean()).isFalse();
    }

    @Test
    void theOpenApiDocumentDescribesBothRoutes() {
        JsonNode paths = api().get("/v3/api-docs", null).json().path("paths");
        assertThat(paths.path(CHECK).path("post").path("summary").asString()).contains("findings");
        assertThat(paths.path(RULES).path("get").path("summary").asString()).contains("catalogue");
    }

    private UUID publishedBrand(String displayName, String entityType) {
        UUID brandId = UUID.randomUUID();
        Instant t = now();
        new BrandEvents(kafka).publish(BRAND_APPROVED, BrandEvents.brand(org, brandId, displayName, entityType,
                "VERIFIED", null, "APPROVED", t));
        awaitBrand(brandId, t);
        return brandId;
    }

    private void awaitBrand(UUID brandId, Instant changedAt) {
        await().atMost(Duration.ofSeconds(30)).until(() -> changedAt.equals(changedAt(brandId)));
    }

    /** Now, to the microsecond PostgreSQL keeps (it would round finer instants). */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Instant changedAt(UUID brandId) {
        return jdbc.sql("select changed_at from brand_profile where brand_id = ?").param(brandId)
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(Instant.EPOCH);
    }

    private static List<String> rules(JsonNode body) {
        List<String> rules = new ArrayList<>();
        body.path("findings").forEach(f -> rules.add(f.path("rule").asString()));
        return rules;
    }

    private static JsonNode finding(JsonNode body, String rule) {
        for (JsonNode f : body.path("findings")) {
            if (f.path("rule").asString().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no finding of " + rule + " in " + body);
    }
}

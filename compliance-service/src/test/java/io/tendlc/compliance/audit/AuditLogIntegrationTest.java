package io.tendlc.compliance.audit;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import io.tendlc.compliance.ComplianceIntegrationTest;
import io.tendlc.compliance.PlatformEvents;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.contacts.AuditRecorded;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ComplianceIntegrationTest
class AuditLogIntegrationTest {

    static final String AUDIT = "/api/v1/audit";
    static final String VERIFY = "/api/v1/audit/verify";

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoDatabase mongo;

    final UUID org = UUID.randomUUID();
    final String actor = UUID.randomUUID().toString();
    final Instant t = Instant.parse("2026-04-01T12:00:00Z");

    Api api() {
        return Api.at(port);
    }

    String owner() {
        return TestTokens.user(org, "OWNER");
    }

    @Test
    void changesAreListedNewestFirstFilteredAndPaged() {
        PlatformEvents events = new PlatformEvents(kafka);
        String campaign = UUID.randomUUID().toString();
        String brand = UUID.randomUUID().toString();
        EventEnvelope<AuditRecorded> created = events.publishAudit(audit("campaign.created", "campaign", campaign,
                null, "{\"usecase\":\"MARKETING\"}", t));
        events.publishAudit(audit("brand.updated", "brand", brand, "{\"displayName\":\"Acme\"}",
                "{\"displayName\":\"Acme Flowers\"}", t.plusSeconds(1)));
        events.publishAudit(audit("campaign.submitted", "campaign", campaign, "{\"status\":\"DRAFT\"}",
                "{\"status\":\"PENDING\"}", t.plusSeconds(2)));
        events.publish(created); // redelivered: kept once
        events.publishAudit(audit("campaign.approved", "campaign", campaign, "{\"status\":\"PENDING\"}",
                "{\"status\":\"APPROVED\"}", t.plusSeconds(3)));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get(AUDIT, owner()).json().path("items").size() == 4);

        JsonNode all = api().get(AUDIT, owner()).json();
        assertThat(actions(all)).containsExactly("campaign.approved", "campaign.submitted", "brand.updated",
                "campaign.created");
        assertThat(all.path("nextBefore").isNull()).isTrue();
        JsonNode approved = all.path("items").get(0);
        assertThat(approved.path("actor").asString()).isEqualTo(actor);
        assertThat(approved.path("resourceType").asString()).isEqualTo("campaign");
        assertThat(approved.path("resourceId").asString()).isEqualTo(campaign);
        assertThat(approved.path("before").asString()).isEqualTo("{\"status\":\"PENDING\"}");
        assertThat(approved.path("after").asString()).isEqualTo("{\"status\":\"APPROVED\"}");
        assertThat(Instant.parse(approved.path("occurredAt").asString())).isEqualTo(t.plusSeconds(3));
        assertThat(approved.path("seq").asLong()).isEqualTo(4);
        assertThat(approved.path("prevHash").asString()).isEqualTo(all.path("items").get(1).path("hash").asString());

        assertThat(actions(api().get(AUDIT + "?resourceType=brand", owner()).json())).containsExactly("brand.updated");
        assertThat(actions(api().get(AUDIT + "?resourceType=campaign&resourceId=" + campaign, owner()).json()))
                .containsExactly("campaign.approved", "campaign.submitted", "campaign.created");
        assertThat(actions(api().get(AUDIT + "?resourceType=campaign&resourceId=" + brand, owner()).json())).isEmpty();

        JsonNode first = api().get(AUDIT + "?resourceType=campaign&limit=2", owner()).json();
        assertThat(actions(first)).containsExactly("campaign.approved", "campaign.submitted");
        long next = first.path("nextBefore").asLong();
        JsonNode second = api().get(AUDIT + "?resourceType=campaign&limit=2&before=" + next, owner()).json();
        assertThat(actions(second)).containsExactly("campaign.created");
        assertThat(second.path("nextBefore").isNull()).isTrue();
        assertThat(actions(api().get(AUDIT + "?before=2026-04-01T12:00:02Z", owner()).json()))
                .containsExactly("brand.updated", "campaign.created");

        JsonNode verify = api().get(VERIFY, owner()).json();
        assertThat(verify.path("intact").asBoolean()).isTrue();
        assertThat(verify.path("entries").asLong()).isEqualTo(4);

        mongo.getCollection(AuditLog.COLLECTION).updateOne(and(eq("organizationId", org.toString()), eq("seq", 3L)),
                Updates.set("actor", "someone-else"));
        JsonNode broken = api().get(VERIFY, owner()).json();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("firstBrokenSeq").asLong()).isEqualTo(3);
    }

    @Test
    void badParametersAreProblemsAndTheLogNeedsComplianceRead() {
        for (String query : List.of("?limit=0", "?limit=501", "?limit=ten", "?before=yesterday")) {
            Api.Reply reply = api().get(AUDIT + query, owner());
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.headers().getContentType().toString()).contains("problem+json");
        }
        assertThat(api().get(AUDIT, TestTokens.user(org, "VIEWER")).status()).isEqualTo(200);
        assertThat(api().get(AUDIT, TestTokens.apiKey(org, "compliance:read")).status()).isEqualTo(200);
        assertThat(api().get(AUDIT, TestTokens.apiKey(org, "messages:send")).status()).isEqualTo(403);
        assertThat(api().get(VERIFY, TestTokens.apiKey(org, "messages:send")).status()).isEqualTo(403);
        assertThat(api().get(AUDIT, null).status()).isEqualTo(401);
        JsonNode paths = api().get("/v3/api-docs", null).json().path("paths");
        assertThat(paths.path(AUDIT).path("get").path("summary").asString()).contains("newest first");
        assertThat(paths.path(VERIFY).path("get").path("summary").asString()).contains("hash");
    }

    private AuditRecorded audit(String action, String type, String id, String before, String after, Instant at) {
        return new AuditRecorded(org, actor, action, type, id, before, after, at);
    }

    private static List<String> actions(JsonNode page) {
        List<String> actions = new ArrayList<>();
        page.path("items").forEach(i -> actions.add(i.path("action").asString()));
        return actions;
    }
}

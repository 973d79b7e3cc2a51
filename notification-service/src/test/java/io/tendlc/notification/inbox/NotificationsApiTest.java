package io.tendlc.notification.inbox;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.notification.TestOrganization;
import io.tendlc.notification.TestOrganization.Member;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tendlc.events.EventTypes.BRAND_APPROVED;
import static io.tendlc.events.EventTypes.BRAND_REGISTERED;
import static io.tendlc.events.EventTypes.BRAND_REJECTED;
import static io.tendlc.events.EventTypes.BRAND_SUSPENDED;
import static io.tendlc.events.EventTypes.BRAND_UPDATED;
import static io.tendlc.events.EventTypes.CAMPAIGN_APPROVED;
import static io.tendlc.events.EventTypes.CAMPAIGN_CREATED;
import static io.tendlc.events.EventTypes.CAMPAIGN_REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The in-app notifications, end to end: brand and campaign events on Kafka as brand-service and campaign-service
 * publish them, the notifications through the API, read state per user.
 */
@PlatformIntegrationTest
class NotificationsApiTest {

    static final String PATH = "/api/v1/notifications";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Api api;
    TestOrganization org;
    Member owner;
    Member viewer;

    @BeforeEach
    void organization() {
        api = Api.at(port);
        org = new TestOrganization(kafka, jdbc);
        owner = org.member("owner", "OWNER");
        viewer = org.member("viewer", "VIEWER");
    }

    @Test
    void anApprovedBrandBecomesANotificationWithItsLink() {
        UUID brand = UUID.randomUUID();
        Instant changedAt = TestOrganization.now().minusSeconds(5);

        org.brand(BRAND_APPROVED, brand, "Bea's <b>Bakery</b>", "Bea's Bakery LLC", "VERIFIED", null, changedAt);

        JsonNode list = awaitNotifications(owner, 1);
        assertThat(list.path("unread").asInt()).isEqualTo(1);
        JsonNode item = list.path("items").get(0);
        assertThat(item.path("id").asString()).isNotBlank();
        assertThat(item.path("kind").asString()).isEqualTo("brand.approved");
        assertThat(item.path("title").asString()).isEqualTo("Brand Bea's <b>Bakery</b> approved");
        assertThat(item.path("body").asString()).isEqualTo("The Campaign Registry verified the identity of Bea's "
                + "Bakery LLC. You can now register campaigns for this brand.");
        assertThat(item.path("link").asString()).isEqualTo("/brands/" + brand);
        assertThat(Instant.parse(item.path("createdAt").asString())).isEqualTo(changedAt);
        assertThat(item.path("read").asBoolean()).isFalse();
    }

    @Test
    void rejectionsAndSuspensionsGiveTheirReasonCampaignsNameTheirBrandAndTheNewestComesFirst() {
        UUID brand = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        Instant t0 = TestOrganization.now().minusSeconds(60);

        org.brand(BRAND_REGISTERED, brand, "Acme", "Acme Inc", "SELF_DECLARED", null, t0);
        org.awaitBrandName(brand);
        org.brand(BRAND_REJECTED, brand, "Acme", "Acme MISMATCH Inc", "UNVERIFIED",
                "EIN does not match the legal name", t0.plusSeconds(1));
        org.brand(BRAND_UPDATED, brand, "Acme", "Acme Inc", "SELF_DECLARED", null, t0.plusSeconds(2));
        org.brand(BRAND_APPROVED, brand, "Acme", "Acme Inc", "VERIFIED", null, t0.plusSeconds(3));
        org.campaign(CAMPAIGN_CREATED, campaign, brand, Map.of(), null, t0.plusSeconds(4));
        org.campaign(CAMPAIGN_REJECTED, campaign, brand, Map.of("ATT", "REJECTED", "TMOBILE", "REJECTED",
                "VERIZON", "REJECTED"), "Sample 2 uses a public URL shortener (bit.ly)", t0.plusSeconds(5));
        org.campaign(CAMPAIGN_APPROVED, campaign, brand, Map.of("ATT", "APPROVED", "TMOBILE", "APPROVED",
                "VERIZON", "APPROVED"), null, t0.plusSeconds(6));
        org.brand(BRAND_SUSPENDED, brand, "Acme", "Acme Inc", "VERIFIED", "Brand suspended by TCR for spam",
                t0.plusSeconds(7));

        JsonNode list = awaitNotifications(owner, 5);
        assertThat(kinds(list)).containsExactly("brand.suspended", "campaign.approved", "campaign.rejected",
                "brand.approved", "brand.rejected");
        JsonNode items = list.path("items");
        assertThat(items.get(0).path("body").asString()).isEqualTo("Acme was suspended: Brand suspended by TCR for "
                + "spam. Its campaigns cannot send messages until the suspension is lifted.");
        assertThat(items.get(1).path("title").asString()).isEqualTo("Account notification campaign of Acme approved");
        assertThat(items.get(1).path("body").asString()).contains("240 messages a minute on AT&T",
                "2,000 segments a day on T-Mobile");
        assertThat(items.get(1).path("link").asString()).isEqualTo("/campaigns/" + campaign);
        assertThat(items.get(2).path("body").asString()).isEqualTo("Rejected by AT&T, T-Mobile and Verizon: Sample 2 "
                + "uses a public URL shortener (bit.ly). Fix the campaign and resubmit it.");
        assertThat(items.get(4).path("body").asString()).contains("could not verify the identity of Acme MISMATCH "
                + "Inc: EIN does not match the legal name.");
        assertThat(list.path("unread").asInt()).isEqualTo(5);

        JsonNode two = api.get(PATH + "?limit=2", viewer.token()).json();
        assertThat(kinds(two)).containsExactly("brand.suspended", "campaign.approved");
        assertThat(two.path("unread").asInt()).as("over all, not only those returned").isEqualTo(5);
    }

    @Test
    void aRedeliveredEventOrTheSameChangePublishedTwiceIsOneNotification() {
        UUID brand = UUID.randomUUID();
        Instant changedAt = TestOrganization.now();
        EventEnvelope<BrandChanged> approved = org.brand(BRAND_APPROVED, brand, "Twice", "Twice Inc", "VERIFIED",
                null, changedAt);
        org.redeliver(Topics.BRANDS, approved);
        org.brand(BRAND_APPROVED, brand, "Twice", "Twice Inc", "VERIFIED", null, changedAt);
        // the same key, so the same partition: once this is in, everything before it was handled
        org.brand(BRAND_SUSPENDED, brand, "Twice", "Twice Inc", "VERIFIED", null, changedAt.plusSeconds(1));

        JsonNode list = awaitNotifications(owner, 2);
        assertThat(kinds(list)).containsExactly("brand.suspended", "brand.approved");
        assertThat(jdbc.sql("select count(*) from notification where organization_id = ?").param(org.id)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void readStateIsPerUserAndAnyMemberMayMarkButAnApiKeyMayNot() {
        UUID brand = UUID.randomUUID();
        Instant t0 = TestOrganization.now();
        org.brand(BRAND_REJECTED, brand, "Readers", "Readers Inc", "UNVERIFIED", "no 501(c) status found", t0);
        org.brand(BRAND_APPROVED, brand, "Readers", "Readers Inc", "VERIFIED", null, t0.plusSeconds(1));
        JsonNode list = awaitNotifications(owner, 2);
        String approved = list.path("items").get(0).path("id").asString();

        assertThat(api.post(PATH + "/" + approved + "/read", viewer.token(), "").status()).isEqualTo(204);
        assertThat(api.post(PATH + "/" + approved + "/read", viewer.token(), "").status()).as("again").isEqualTo(204);
        JsonNode viewers = api.get(PATH, viewer.token()).json();
        assertThat(viewers.path("unread").asInt()).isEqualTo(1);
        assertThat(viewers.path("items").get(0).path("read").asBoolean()).isTrue();
        assertThat(viewers.path("items").get(1).path("read").asBoolean()).isFalse();
        JsonNode owners = api.get(PATH, owner.token()).json();
        assertThat(owners.path("unread").asInt()).as("the owner has read nothing").isEqualTo(2);
        assertThat(owners.path("items").get(0).path("read").asBoolean()).isFalse();

        assertThat(api.post(PATH + "/read-all", owner.token(), "").status()).isEqualTo(204);
        assertThat(api.get(PATH, owner.token()).json().path("unread").asInt()).isZero();
        assertThat(api.get(PATH, viewer.token()).json().path("unread").asInt()).isEqualTo(1);

        String key = TestTokens.apiKey(org.id, "notifications:read");
        Api.Reply byKey = api.get(PATH, key);
        assertThat(byKey.status()).isEqualTo(200);
        assertThat(byKey.json().path("items").size()).isEqualTo(2);
        for (Api.Reply marking : List.of(api.post(PATH + "/" + approved + "/read", key, ""),
                api.post(PATH + "/read-all", key, ""))) {
            assertThat(marking.status()).isEqualTo(403);
            assertThat(marking.text("type")).isEqualTo("https://tendlc.io/problems/user-required");
        }
        assertThat(api.get(PATH, TestTokens.apiKey(org.id, "messages:read")).status()).as("without the scope")
                .isEqualTo(403);
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        Api.Reply unknown = api.post(PATH + "/" + UUID.randomUUID() + "/read", owner.token(), "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("type")).isEqualTo("https://tendlc.io/problems/not-found");
        assertThat(api.post(PATH + "/not-a-uuid/read", owner.token(), "").text("type"))
                .isEqualTo("https://tendlc.io/problems/validation");
        for (String limit : List.of("0", "101", "-1", "many")) {
            Api.Reply reply = api.get(PATH + "?limit=" + limit, owner.token());
            assertThat(reply.status()).as("limit=" + limit).isEqualTo(400);
            assertThat(reply.text("type")).isEqualTo("https://tendlc.io/problems/validation");
        }
        Api.Reply empty = api.get(PATH, TestTokens.user(UUID.randomUUID(), "AGENT"));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().path("unread").asInt()).isZero();
        assertThat(empty.json().path("items").isArray()).isTrue();
        assertThat(empty.json().path("items").size()).isZero();
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
    }

    private JsonNode awaitNotifications(Member member, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(PATH, member.token()).json(), list -> list.path("items").size() >= count);
    }

    private static List<String> kinds(JsonNode list) {
        List<String> kinds = new ArrayList<>();
        list.path("items").forEach(item -> kinds.add(item.path("kind").asString()));
        return kinds;
    }
}

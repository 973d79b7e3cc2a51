package io.tendlc.sms;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import io.tendlc.embedded.SharedServers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.registry.CampaignChanged;
import io.tendlc.events.sms.NumberChanged;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import io.tendlc.sms.numbers.PhoneNumbers;
import io.tendlc.sms.twilio.TwilioProperties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Numbers end to end: searching, buying and releasing through the Twilio simulator, assigning to 10DLC campaigns
 * known from registry.campaigns events, and the send gating that follows. Runs nested in
 * {@link SmsServiceIntegrationTest}, in its Spring context.
 */
abstract class NumbersTests {

    private static final Map<String, List<String>> NUMBER_EVENTS = new ConcurrentHashMap<>();
    private static KafkaConsumer<String, byte[]> numberEvents;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PhoneNumbers numbers;
    @Autowired
    TwilioRestClient twilio;
    @Autowired
    TwilioProperties twilioProperties;

    final UUID org = UUID.randomUUID();
    final Api api = Api.at(SmsServiceIntegrationTest.PORT);
    final String key = TestTokens.apiKey(org, "numbers:read", "numbers:write", "messages:send", "messages:read");

    /** An area code nobody in this run has bought from yet (random among the valid ones). */
    static String freshAreaCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "" + (2 + random.nextInt(8)) + random.nextInt(9) + random.nextInt(10);
    }

    @Test
    void numbersAreFoundBoughtAndReleasedThroughTwilio() {
        String areaCode = freshAreaCode();
        Api.Reply found = api.get("/api/v1/numbers/available?areaCode=" + areaCode + "&limit=5", key);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json()).hasSize(5).allSatisfy(n -> {
            assertThat(n.path("phoneNumber").asString()).startsWith("+1" + areaCode);
            assertThat(n.path("isoCountry").asString()).isEqualTo("US");
            assertThat(n.path("capabilities").path("sms").asBoolean()).isTrue();
        });
        String e164 = found.json().get(0).path("phoneNumber").asString();

        Api.Reply bought = api.post("/api/v1/numbers", key, "{\"phoneNumber\":\"" + e164 + "\"}");

        assertThat(bought.status()).isEqualTo(201);
        String id = bought.text("id");
        assertThat(bought.headers().getLocation()).hasToString("/api/v1/numbers/" + id);
        assertThat(bought.text("e164")).isEqualTo(e164);
        assertThat(bought.text("status")).isEqualTo("UNASSIGNED");
        assertThat(bought.json().path("campaignId").isNull()).isTrue();
        String sid = bought.text("twilioSid");
        assertThat(sid).matches("PN[0-9a-f]{32}");
        assertThat(IncomingPhoneNumber.fetcher(sid).fetch(twilio).getPhoneNumber().getEndpoint()).isEqualTo(e164);
        assertThat(api.get("/api/v1/numbers/available?areaCode=" + areaCode + "&limit=50", key).body()).doesNotContain(e164);
        assertThat(api.get("/api/v1/numbers", key).json()).singleElement()
                .satisfies(n -> assertThat(n.path("id").asString()).isEqualTo(id));
        assertThat(api.get("/api/v1/numbers/" + id, key).text("twilioSid")).isEqualTo(sid);
        awaitNumberEvent(id, "number.purchased:UNASSIGNED");
        Api.Reply again = api.post("/api/v1/numbers", key, "{\"phoneNumber\":\"" + e164 + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).endsWith("/number-already-owned");

        assertThat(api.delete("/api/v1/numbers/" + id, key).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/numbers/" + id, key).text("status")).isEqualTo("RELEASED");
        assertThat(api.get("/api/v1/numbers", key).json()).isEmpty();
        assertThat(api.delete("/api/v1/numbers/" + id, key).status()).isEqualTo(204);
        awaitNumberEvent(id, "number.released:RELEASED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThatThrownBy(() -> IncomingPhoneNumber.fetcher(sid).fetch(twilio))
                        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404)));
        assertThat(send(e164).text("type")).endsWith("/unknown-sender");
        // released: for sale again, to anyone
        Api.Reply rebought = api.post("/api/v1/numbers", TestTokens.apiKey(UUID.randomUUID(), "numbers:write"),
                "{\"phoneNumber\":\"" + e164 + "\"}");
        assertThat(rebought.status()).isEqualTo(201);
        assertThat(rebought.text("twilioSid")).isNotEqualTo(sid);
    }

    @Test
    void aNumberAssignedToAnApprovedCampaignJoinsItsMessagingServiceAndSends() {
        UUID campaign = campaign(UUID.randomUUID(), "APPROVED", Instant.now());
        String id = buy();
        String e164 = e164Of(id);
        String sid = api.get("/api/v1/numbers/" + id, key).text("twilioSid");
        Api.Reply unregistered = send(e164);
        assertThat(unregistered.status()).isEqualTo(422);
        assertThat(unregistered.text("type")).endsWith("/number-not-registered");
        assertThat(unregistered.text("detail")).contains("30034");

        Api.Reply pending = assign(id, campaign);

        assertThat(pending.status()).isEqualTo(202);
        assertThat(pending.text("status")).isEqualTo("PENDING_ASSIGNMENT");
        assertThat(pending.text("campaignId")).isEqualTo(campaign.toString());
        awaitStatus(id, "ASSIGNED");
        awaitNumberEvent(id, "number.assigned:ASSIGNED");
        String service = twilioProperties.messagingServiceFor(campaign);
        assertThat(com.twilio.rest.messaging.v1.service.PhoneNumber.fetcher(service, sid).fetch(twilio).getSid())
                .isEqualTo(sid);
        assertThat(send(e164).status()).isEqualTo(202);
        // asked again: nothing changes
        Api.Reply repeated = assign(id, campaign);
        assertThat(repeated.status()).isEqualTo(202);
        assertThat(repeated.text("status")).isEqualTo("ASSIGNED");
    }

    @Test
    void anAssignmentToACampaignNotYetApprovedFailsAndIsRetriedOnceItIsApproved() {
        Instant created = Instant.now();
        UUID campaign = campaign(UUID.randomUUID(), "PENDING", created);
        String id = buy();

        assertThat(assign(id, campaign).status()).isEqualTo(202);

        awaitStatus(id, "FAILED_ASSIGNMENT");
        Api.Reply failed = api.get("/api/v1/numbers/" + id, key);
        assertThat(failed.text("statusReason")).contains("PENDING").contains("30034");
        awaitNumberEvent(id, "number.assignment_failed:FAILED_ASSIGNMENT");
        assertThat(send(e164Of(id)).text("type")).endsWith("/number-not-registered");

        campaign(campaign, "APPROVED", created.plusSeconds(60));

        awaitStatus(id, "ASSIGNED");
        assertThat(send(e164Of(id)).status()).isEqualTo(202);
    }

    @Test
    void aSuspendedCampaignStopsItsNumbersSendingWithoutUnassigningThem() {
        Instant approvedAt = Instant.now();
        UUID campaign = campaign(UUID.randomUUID(), "APPROVED", approvedAt);
        String id = buy();
        assign(id, campaign);
        awaitStatus(id, "ASSIGNED");
        assertThat(send(e164Of(id)).status()).isEqualTo(202);

        campaign(campaign, "SUSPENDED", approvedAt.plusSeconds(60));

        Api.Reply refused = send(e164Of(id));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).endsWith("/number-not-registered");
        assertThat(api.get("/api/v1/numbers/" + id, key).text("status")).isEqualTo("ASSIGNED");
        // a late copy of the approval does not undo the suspension
        UUID stale = publish(campaign, "APPROVED", approvedAt.plusSeconds(30));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where consumer = 'sms.campaigns' and event_id = ?", Long.class, stale) == 1);
        assertThat(send(e164Of(id)).text("type")).endsWith("/number-not-registered");
    }

    @Test
    void anUnassignedNumberLeavesTheMessagingServiceAndCannotSend() {
        UUID campaign = campaign(UUID.randomUUID(), "APPROVED", Instant.now());
        String id = buy();
        String sid = api.get("/api/v1/numbers/" + id, key).text("twilioSid");
        String service = twilioProperties.messagingServiceFor(campaign);
        assign(id, campaign);
        awaitStatus(id, "ASSIGNED");

        Api.Reply unassigned = api.delete("/api/v1/numbers/" + id + "/campaign", key);

        assertThat(unassigned.status()).isEqualTo(200);
        assertThat(unassigned.text("status")).isEqualTo("UNASSIGNED");
        assertThat(unassigned.json().path("campaignId").isNull()).isTrue();
        assertThat(send(e164Of(id)).text("type")).endsWith("/number-not-registered");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThatThrownBy(() ->
                com.twilio.rest.messaging.v1.service.PhoneNumber.fetcher(service, sid).fetch(twilio))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404)));
        assertThat(api.delete("/api/v1/numbers/" + id + "/campaign", key).text("status")).isEqualTo("UNASSIGNED");
    }

    @Test
    void aNumberAddedWithoutBuyingItLikeTheDemoNumberIsAssignedThroughTheApi() {
        String e164 = "+1500555" + (1000 + ThreadLocalRandom.current().nextInt(8999));
        assertThat(numbers.add(org, e164)).isTrue();
        String id = api.get("/api/v1/numbers", key).json().get(0).path("id").asString();
        assertThat(api.get("/api/v1/numbers/" + id, key).json().path("twilioSid").isNull()).isTrue();
        UUID campaign = campaign(UUID.randomUUID(), "APPROVED", Instant.now());

        assertThat(assign(id, campaign).status()).isEqualTo(202);

        awaitStatus(id, "ASSIGNED");
        assertThat(send(e164).status()).isEqualTo(202);
    }

    @Test
    void aCampaignOfAnotherOrganizationOrNeverHeardOfIsRefused() {
        String id = buy();
        UUID foreign = campaign(UUID.randomUUID(), "APPROVED", Instant.now(), UUID.randomUUID());
        assertThat(assign(id, foreign).status()).isEqualTo(404);

        UUID unknown = UUID.randomUUID();
        assertThat(assign(id, unknown).status()).isEqualTo(202);
        awaitStatus(id, "FAILED_ASSIGNMENT");
        assertThat(api.get("/api/v1/numbers/" + id, key).text("statusReason")).contains("not a registered campaign");
    }

    @Test
    void aPurchaseWhoseAnswerWasLostIsSettledFromTwilio() {
        // as if the service had died between reserving the numbers and hearing Twilio's answers
        String areaCode = freshAreaCode();
        var available = api.get("/api/v1/numbers/available?areaCode=" + areaCode + "&limit=2", key).json();
        String bought = available.get(0).path("phoneNumber").asString();
        String neverBought = available.get(1).path("phoneNumber").asString();
        String sid = IncomingPhoneNumber.creator(new com.twilio.type.PhoneNumber(bought)).create(twilio).getSid();
        UUID boughtId = reservation(bought);
        UUID neverBoughtId = reservation(neverBought);

        awaitStatus(boughtId.toString(), "UNASSIGNED");
        assertThat(api.get("/api/v1/numbers/" + boughtId, key).text("twilioSid")).isEqualTo(sid);
        awaitNumberEvent(boughtId.toString(), "number.purchased:UNASSIGNED");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("select count(*) from phone_number where id = ?", Long.class, neverBoughtId) == 0);
    }

    @Test
    void badRequestsGetProblemsAndEachCallNeedsItsPermission() {
        assertThat(api.post("/api/v1/numbers", key, "{\"phoneNumber\":\"4155550100\"}").text("type")).endsWith("/validation");
        assertThat(api.post("/api/v1/numbers", key, "{}").status()).isEqualTo(400);
        Api.Reply notForSale = api.post("/api/v1/numbers", key, "{\"phoneNumber\":\"+12015550100\"}");
        assertThat(notForSale.status()).isEqualTo(409);
        assertThat(notForSale.text("type")).endsWith("/number-not-available");
        assertThat(api.get("/api/v1/numbers/available?areaCode=12", key).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/numbers/available?contains=a-b", key).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/numbers/available?limit=0", key).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/numbers/not-a-uuid", key).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/numbers/" + UUID.randomUUID(), key).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/numbers/" + UUID.randomUUID(), key).status()).isEqualTo(404);
        assertThat(assign(UUID.randomUUID().toString(), UUID.randomUUID()).status()).isEqualTo(404);
        String id = buy();
        assertThat(api.put("/api/v1/numbers/" + id + "/campaign", key, "{}").status()).isEqualTo(400);
        assertThat(api.put("/api/v1/numbers/" + id + "/campaign", key, "{\"campaignId\":\"nope\"}").status()).isEqualTo(400);

        String viewer = TestTokens.user(org, "VIEWER");
        String agent = TestTokens.user(org, "AGENT");
        String manager = TestTokens.user(org, "MANAGER");
        String readOnlyKey = TestTokens.apiKey(org, "numbers:read");
        assertThat(api.get("/api/v1/numbers", viewer).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/numbers/available?limit=1", agent).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/numbers", viewer, "{\"phoneNumber\":\"+12015550100\"}").status()).isEqualTo(403);
        assertThat(api.put("/api/v1/numbers/" + id + "/campaign", agent,
                "{\"campaignId\":\"" + UUID.randomUUID() + "\"}").status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/numbers/" + id + "/campaign", readOnlyKey).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/numbers/" + id, readOnlyKey).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/numbers", TestTokens.apiKey(org, "messages:read")).status()).isEqualTo(403);

        assertThat(api.delete("/api/v1/numbers/" + id, manager).status()).isEqualTo(204);
        Api.Reply released = assign(id, UUID.randomUUID());
        assertThat(released.status()).isEqualTo(409);
        assertThat(released.text("type")).endsWith("/number-released");
    }

    String buy() {
        String e164 = api.get("/api/v1/numbers/available?areaCode=" + freshAreaCode() + "&limit=1", key).json().get(0)
                .path("phoneNumber").asString();
        Api.Reply bought = api.post("/api/v1/numbers", key, "{\"phoneNumber\":\"" + e164 + "\"}");
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        return bought.text("id");
    }

    String e164Of(String id) {
        return api.get("/api/v1/numbers/" + id, key).text("e164");
    }

    Api.Reply assign(String id, UUID campaign) {
        return api.put("/api/v1/numbers/" + id + "/campaign", key, "{\"campaignId\":\"" + campaign + "\"}");
    }

    Api.Reply send(String from) {
        return api.post("/api/v1/messages", key, "{\"to\":\"+15551230007\",\"from\":\"" + from + "\",\"body\":\"Hi\"}");
    }

    void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/numbers/" + id, key).text("status")).isEqualTo(status));
    }

    /** A purchase reserved an hour ago whose outcome was never recorded. */
    UUID reservation(String e164) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into phone_number (id, organization_id, e164, status, sync_at, created_at, updated_at)
                values (?, ?, ?, 'PURCHASING', now(), now() - interval '1 hour', now() - interval '1 hour')""",
                id, org, e164);
        return id;
    }

    UUID campaign(UUID campaignId, String status, Instant changedAt) {
        return campaign(campaignId, status, changedAt, org);
    }

    /** campaign-service announcing the campaign on registry.campaigns; answers once sms-service has applied it. */
    UUID campaign(UUID campaignId, String status, Instant changedAt, UUID organization) {
        UUID eventId = publish(campaignId, status, changedAt, organization);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where consumer = 'sms.campaigns' and event_id = ?", Long.class, eventId) == 1);
        return campaignId;
    }

    UUID publish(UUID campaignId, String status, Instant changedAt) {
        return publish(campaignId, status, changedAt, org);
    }

    UUID publish(UUID campaignId, String status, Instant changedAt, UUID organization) {
        var type = switch (status) {
            case "APPROVED" -> EventTypes.CAMPAIGN_APPROVED;
            case "SUSPENDED" -> EventTypes.CAMPAIGN_SUSPENDED;
            default -> EventTypes.CAMPAIGN_CREATED;
        };
        CampaignChanged change = new CampaignChanged(campaignId, organization, UUID.randomUUID(), "C" + campaignId.toString()
                .substring(0, 6).toUpperCase(), "MARKETING", status, Map.of("ATT", "APPROVED"), 240, 2000, null, changedAt);
        return tx.execute(s -> events.publish(type, organization, campaignId.toString(), change)).id();
    }

    static void awaitNumberEvent(String numberId, String typeAndStatus) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(numberEvents(numberId)).contains(typeAndStatus));
    }

    /** The number.* events seen so far for this number, as type:status. */
    private static synchronized List<String> numberEvents(String numberId) {
        if (numberEvents == null) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "sms-numbers-it-" + UUID.randomUUID());
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            numberEvents = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
            numberEvents.subscribe(List.of(Topics.NUMBERS));
        }
        numberEvents.poll(Duration.ofMillis(200)).forEach(r -> {
            EventEnvelope<?> e = EventSerde.read(r.value());
            NumberChanged change = (NumberChanged) e.payload();
            NUMBER_EVENTS.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(e.type() + ":" + change.status());
        });
        return NUMBER_EVENTS.getOrDefault(numberId, List.of());
    }
}

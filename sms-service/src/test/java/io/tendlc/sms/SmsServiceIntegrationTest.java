package io.tendlc.sms;

import io.tendlc.embedded.Ports;
import io.tendlc.embedded.SharedServers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.Topics;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;
import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.ServiceSmokeTest;
import io.tendlc.platform.test.TestTokens;
import io.tendlc.platform.test.TwilioSimulator;
import io.tendlc.sms.numbers.PhoneNumbers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The send path end to end inside sms-service: API → outbox → Kafka send topic → Twilio simulator → signed callbacks. */
@PlatformIntegrationTest
class SmsServiceIntegrationTest extends ServiceSmokeTest {

    static final int PORT = Ports.free();
    static final String SENDER = "+15005550006";
    static KafkaConsumer<String, byte[]> messageEvents;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        TwilioSimulator twilio = TwilioSimulator.shared();
        registry.add("server.port", () -> PORT);
        registry.add("sms.public-base-url", () -> "http://localhost:" + PORT);
        registry.add("sms.twilio.api-base-url", twilio::baseUrl);
        registry.add("sms.twilio.account-sid", twilio::accountSid);
        registry.add("sms.twilio.auth-token", twilio::authToken);
        registry.add("sms.reconcile.stale-after", () -> "15s");
        registry.add("sms.reconcile.interval", () -> "500ms");
        registry.add("sms.numbers.sync-interval", () -> "500ms");
        registry.add("sms.numbers.campaign-wait", () -> "3s");
    }

    @BeforeAll
    static void listenToMessageEvents() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "sms-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        messageEvents = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        messageEvents.subscribe(List.of(Topics.MESSAGES));
    }

    @AfterAll
    static void close() {
        messageEvents.close();
    }

    @Autowired
    PhoneNumbers numbers;

    Api api = Api.at(PORT);
    UUID org = UUID.randomUUID();
    String key;

    @BeforeEach
    void organizationWithANumber() {
        registeredSender(org, freeNumber(org));
        key = TestTokens.apiKey(org, "messages:send", "messages:read");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * A number the organization may send from: added (as the dev stack's demo number is) and assigned to a campaign
     * the projection holds as APPROVED. The API and event paths to the same state are tested in {@link NumbersTests}.
     */
    /** A random test number nobody holds yet, added to the organization (random picks can collide between tests). */
    String freeNumber(UUID organization) {
        String e164;
        do {
            e164 = SENDER.substring(0, 8) + (1000 + (int) (Math.random() * 8999));
        } while (!numbers.add(organization, e164));
        return e164;
    }

    UUID registeredSender(UUID organization, String e164) {
        numbers.add(organization, e164);
        UUID campaign = UUID.randomUUID();
        jdbc.update("insert into campaign_status (campaign_id, organization_id, status, changed_at) values (?, ?, 'APPROVED', now())",
                campaign, organization);
        jdbc.update("update phone_number set status = 'ASSIGNED', campaign_id = ? where organization_id = ? and e164 = ?",
                campaign, organization, e164);
        return campaign;
    }

    String numberOf(UUID organization) {
        return jdbc.queryForObject("select e164 from phone_number where organization_id = ?", String.class, organization);
    }

    Api.Reply send(String to, String body) {
        return api.post("/api/v1/messages", key,
                "{\"to\":\"" + to + "\",\"from\":\"" + numberOf(org) + "\",\"body\":\"" + body + "\"}");
    }

    String statusOf(String id) {
        return api.get("/api/v1/messages/" + id, key).text("status");
    }

    @Test
    void anAcceptedMessageIsDeliveredThroughTheSimulatorAndEveryStepIsAnnounced() {
        Api.Reply accepted = send("+15551230001", "Hello from the platform");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.text("status")).isEqualTo("accepted");
        assertThat(accepted.json().path("segments").asInt()).isEqualTo(1);
        assertThat(accepted.text("encoding")).isEqualTo("GSM7");
        String id = accepted.text("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(id).equals("delivered"));

        List<String> types = new ArrayList<>();
        List<String> acceptedTrace = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            messageEvents.poll(Duration.ofMillis(200)).forEach(r -> {
                EventEnvelope<?> e = EventSerde.read(r.value());
                if (r.key().equals(id)) {
                    types.add(e.type());
                    assertThat(new String(r.headers().lastHeader("eventType").value())).isEqualTo(e.type());
                    if (e.type().equals("message.accepted") && r.headers().lastHeader("traceparent") != null) {
                        acceptedTrace.add(new String(r.headers().lastHeader("traceparent").value()));
                    }
                }
            });
            assertThat(types).containsSubsequence("message.accepted", "message.queued", "message.sent", "message.delivered");
        });
        // the HTTP request's trace continues on Kafka: the event relayed later carries the request's trace id
        assertThat(acceptedTrace).singleElement().asString().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void carrierFailuresAndTwilioRefusalsEndTheMessageWithTheirCodes() {
        String undelivered = send("+15551230030", "Will not arrive").text("id");
        String invalid = send("+15005550001", "Invalid number").text("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Reply u = api.get("/api/v1/messages/" + undelivered, key);
            assertThat(u.text("status")).isEqualTo("undelivered");
            assertThat(u.json().path("errorCode").asInt()).isEqualTo(30003);
            Api.Reply f = api.get("/api/v1/messages/" + invalid, key);
            assertThat(f.text("status")).isEqualTo("failed");
            assertThat(f.json().path("errorCode").asInt()).isEqualTo(21211);
        });
    }

    @Test
    void badInputGetsProblemDocuments() {
        String from = numberOf(org);
        assertThat(api.post("/api/v1/messages", key, "{\"to\":\"5551234567\",\"from\":\"" + from + "\",\"body\":\"x\"}").text("type"))
                .endsWith("/validation");
        assertThat(api.post("/api/v1/messages", key, "{\"to\":\"+15551234567\",\"from\":\"" + from + "\",\"body\":\"\"}").status())
                .isEqualTo(400);
        Api.Reply tooLong = api.post("/api/v1/messages", key,
                "{\"to\":\"+15551234567\",\"from\":\"" + from + "\",\"body\":\"" + "a".repeat(1601) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("1600");
        assertThat(api.post("/api/v1/messages", key, "{\"to\":").text("type")).endsWith("/malformed-request");
        Api.Reply stranger = api.post("/api/v1/messages", key, "{\"to\":\"+15551234567\",\"from\":\"+15559990000\",\"body\":\"hi\"}");
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.text("type")).endsWith("/unknown-sender");
    }

    @Test
    void callersSeeOnlyTheirOwnOrganizationAndNeedTheRightScope() {
        String id = send("+15551230002", "Private").text("id");

        assertThat(api.get("/api/v1/messages/" + id, TestTokens.apiKey(UUID.randomUUID(), "messages:read")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/messages/" + id, null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/messages", TestTokens.apiKey(org, "messages:read"),
                "{\"to\":\"+15551234567\",\"from\":\"" + numberOf(org) + "\",\"body\":\"hi\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/messages", TestTokens.user(org, "VIEWER"),
                "{\"to\":\"+15551234567\",\"from\":\"" + numberOf(org) + "\",\"body\":\"hi\"}").status()).isEqualTo(403);
    }

    @Test
    void callbacksAreVerifiedAndNeverMoveAMessageBackwards() throws Exception {
        String id = send("+15551230003", "Once").text("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(id).equals("delivered"));
        String sid = jdbc.queryForObject("select provider_sid from message where id = ?::uuid", String.class, id);

        Map<String, String> lateSent = Map.of("MessageSid", sid, "MessageStatus", "sent", "AccountSid", "AC1");
        assertThat(callback(lateSent, sign(lateSent)).status()).isEqualTo(200);
        assertThat(statusOf(id)).isEqualTo("delivered");

        Map<String, String> forged = Map.of("MessageSid", sid, "MessageStatus", "failed", "ErrorCode", "30007");
        assertThat(callback(forged, "bm90IGEgc2lnbmF0dXJl").status()).isEqualTo(403);
        assertThat(callback(forged, null).status()).isEqualTo(403);
        assertThat(statusOf(id)).isEqualTo("delivered");
    }

    @Autowired
    io.tendlc.sms.delivery.StatusUpdates statusUpdates;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void aCallbackThatBeatsTheDispatchRecordIsKeptAndAppliedWhenTheSidIsRecorded() throws Exception {
        String id = UUID.randomUUID().toString();
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        jdbc.update("""
                insert into message (id, organization_id, from_number, to_number, body, segments, encoding, status,
                                     status_rank, created_at, updated_at)
                values (?::uuid, ?, ?, '+15551230005', 'race', 1, 'GSM7', 'DISPATCHING', 1, now(), now())""",
                id, org, numberOf(org));

        Map<String, String> delivered = Map.of("MessageSid", sid, "MessageStatus", "delivered");
        assertThat(callback(delivered, sign(delivered)).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from early_status where provider_sid = ?", Long.class, sid)).isEqualTo(1);

        // the dispatch transaction records the sid Twilio gave and takes the early callback with it
        tx.executeWithoutResult(s -> {
            jdbc.update("update message set provider_sid = ?, status = 'QUEUED', status_rank = 2 where id = ?::uuid", sid, id);
            statusUpdates.applyEarlyStatuses(List.of(sid), java.time.Instant.now());
        });
        assertThat(statusOf(id)).isEqualTo("delivered");
        assertThat(jdbc.queryForObject("select count(*) from early_status where provider_sid = ?", Long.class, sid)).isZero();
    }

    @Test
    void aMessageWhoseCallbacksWereLostIsReconciledFromTwilio() {
        String id = send("+15551230004", "Lost callbacks").text("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(id).equals("delivered"));
        // as if Twilio's sent and delivered callbacks had never reached us
        jdbc.update("update message set status = 'QUEUED', status_rank = 2, updated_at = now() - interval '1 minute', reconciled_at = null where id = ?::uuid", id);
        assertThat(statusOf(id)).isEqualTo("queued");

        await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(id).equals("delivered"));
    }

    Api.Reply callback(Map<String, String> params, String signature) {
        HttpHeaders headers = new HttpHeaders();
        if (signature != null) {
            headers.add("X-Twilio-Signature", signature);
        }
        String form = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.postForm("/webhooks/twilio/status", headers, form);
    }

    static String sign(Map<String, String> params) throws Exception {
        return sign("/webhooks/twilio/status", params);
    }

    /** Twilio's scheme, written out independently of twilio-java so the test checks our use of its validator. */
    static String sign(String path, Map<String, String> params) throws Exception {
        StringBuilder data = new StringBuilder("http://localhost:" + PORT + path);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(TwilioSimulator.shared().authToken().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A handset texts {@code to}: the Twilio simulator posts its signed inbound webhook to this service and answers
     * once the service has (202, with the service's status as {@code platformStatus} and the MessageSid as {@code sid}).
     */
    static Api.Reply text(String from, String to, String body) {
        return new Api(TwilioSimulator.shared().baseUrl()).post("/sim/twilio/inbound", null,
                "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"body\":\"" + body
                        + "\",\"webhookUrl\":\"http://localhost:" + PORT + "/webhooks/twilio/inbound\"}");
    }

    /** Inbound SMS, keywords and suppression; shares this class's context. */
    @Nested
    class Inbound extends InboundTests {
    }

    /** Numbers and the send gating; shares this class's context (a nested class inherits its configuration). */
    @Nested
    class Numbers extends NumbersTests {
    }

    /** Shares this class's context (a nested class inherits its configuration). */
    @Nested
    class AnotherOrganization extends CrossOrganizationTest {

        String victimNumber;
        String victimMessage;
        String victimInbound;
        String victimBoughtId;
        String victimBought;
        UUID victimCampaign;
        UUID intruderCampaign;

        @Override
        protected Api api() {
            return api;
        }

        @Override
        protected void prepareVictim(Api api) {
            victimNumber = freeNumber(victimOrganization);
            victimCampaign = registeredSender(victimOrganization, victimNumber);
            Api.Reply sent = api.post("/api/v1/messages", victim(),
                    "{\"to\":\"+15551239876\",\"from\":\"" + victimNumber + "\",\"body\":\"victim secret\"}");
            assertThat(sent.status()).isEqualTo(202);
            victimMessage = sent.text("id");
            Api.Reply texted = text("+13125550177", victimNumber, "victim inbound secret");
            assertThat(texted.json().path("platformStatus").asInt()).isEqualTo(200);
            victimInbound = texted.text("sid");

            // a number bought through Twilio and assigned through the API, as a customer would
            victimBought = api.get("/api/v1/numbers/available?areaCode=" + NumbersTests.freshAreaCode() + "&limit=1",
                    victim()).json().get(0).path("phoneNumber").asString();
            Api.Reply bought = api.post("/api/v1/numbers", victim(), "{\"phoneNumber\":\"" + victimBought + "\"}");
            assertThat(bought.status()).isEqualTo(201);
            victimBoughtId = bought.text("id");
            assertThat(api.put("/api/v1/numbers/" + victimBoughtId + "/campaign", victim(),
                    "{\"campaignId\":\"" + victimCampaign + "\"}").status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    api.get("/api/v1/numbers/" + victimBoughtId, victim()).text("status").equals("ASSIGNED"));

            intruderCampaign = UUID.randomUUID();
            jdbc.update("insert into campaign_status (campaign_id, organization_id, status, changed_at) values (?, ?, 'APPROVED', now())",
                    intruderCampaign, intruderOrganization);
        }

        /** Ids, parties and bodies of the victim's messages (not statuses: those move on by themselves), and its numbers. */
        @Override
        protected String victimState(Api api) {
            List<String> state = new ArrayList<>();
            api.get("/api/v1/messages", victim()).json().forEach(m -> state.add(
                    m.path("id").asString() + " " + m.path("from").asString() + " " + m.path("to").asString() + " "
                            + m.path("body").asString()));
            api.get("/api/v1/messages/inbound", victim()).json().forEach(m -> state.add(
                    m.path("id").asString() + " " + m.path("from").asString() + " " + m.path("body").asString()));
            api.get("/api/v1/numbers", victim()).json().forEach(n -> state.add(
                    n.path("id").asString() + " " + n.path("e164").asString() + " " + n.path("status").asString() + " "
                            + n.path("campaignId").asString() + " " + n.path("twilioSid").asString()));
            return String.join("\n", state);
        }

        @Override
        protected List<Attack> attacks() {
            return List.of(
                    // sending from the victim's number is refused as a sender the caller does not own
                    new Attack("POST /api/v1/messages", api -> api.post("/api/v1/messages", intruder(),
                            "{\"to\":\"+15551239876\",\"from\":\"" + victimNumber + "\",\"body\":\"spoof\"}"),
                            reply -> reply.status() == 422),
                    Attack.refused("GET /api/v1/messages/{id}",
                            api -> api.get("/api/v1/messages/" + victimMessage, intruder())),
                    Attack.seesOnlyItsOwn("GET /api/v1/messages",
                            api -> api.get("/api/v1/messages?limit=500", intruder()), victimMessage, "victim secret"),
                    Attack.seesOnlyItsOwn("GET /api/v1/messages/inbound",
                            api -> api.get("/api/v1/messages/inbound?limit=500", intruder()), victimInbound,
                            "victim inbound secret", victimNumber),
                    // the victim's numbers are not for sale to anyone else
                    Attack.seesOnlyItsOwn("GET /api/v1/numbers/available", api -> api.get(
                            "/api/v1/numbers/available?areaCode=" + victimBought.substring(2, 5) + "&limit=50", intruder()),
                            victimBought),
                    new Attack("POST /api/v1/numbers", api -> api.post("/api/v1/numbers", intruder(),
                            "{\"phoneNumber\":\"" + victimBought + "\"}"),
                            reply -> reply.status() == 409 && reply.text("type").endsWith("/number-not-available")),
                    Attack.seesOnlyItsOwn("GET /api/v1/numbers", api -> api.get("/api/v1/numbers", intruder()),
                            victimBoughtId, victimBought, victimNumber),
                    Attack.refused("GET /api/v1/numbers/{id}",
                            api -> api.get("/api/v1/numbers/" + victimBoughtId, intruder())),
                    Attack.refused("DELETE /api/v1/numbers/{id}",
                            api -> api.delete("/api/v1/numbers/" + victimBoughtId, intruder())),
                    Attack.refused("PUT /api/v1/numbers/{id}/campaign", api -> api.put(
                            "/api/v1/numbers/" + victimBoughtId + "/campaign", intruder(),
                            "{\"campaignId\":\"" + intruderCampaign + "\"}")),
                    // the intruder's own number cannot join the victim's campaign either
                    Attack.refused("PUT /api/v1/numbers/{id}/campaign", api -> api.put(
                            "/api/v1/numbers/" + intrudersOwnNumber() + "/campaign", intruder(),
                            "{\"campaignId\":\"" + victimCampaign + "\"}")),
                    Attack.refused("DELETE /api/v1/numbers/{id}/campaign",
                            api -> api.delete("/api/v1/numbers/" + victimBoughtId + "/campaign", intruder())));
        }

        private String intrudersOwnNumber() {
            String e164 = freeNumber(intruderOrganization);
            return jdbc.queryForObject("select id from phone_number where organization_id = ? and e164 = ?", String.class,
                    intruderOrganization, e164);
        }
    }
}

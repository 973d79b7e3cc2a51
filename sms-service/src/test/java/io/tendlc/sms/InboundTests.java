package io.tendlc.sms;

import com.twilio.http.TwilioRestClient;
import io.tendlc.embedded.SharedServers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.Uuids;
import io.tendlc.events.contacts.ConsentChanged;
import io.tendlc.events.registry.CampaignChanged;
import io.tendlc.events.sms.SendMessageRequested;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import io.tendlc.platform.test.TwilioSimulator;
import io.tendlc.sms.numbers.PhoneNumbers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Inbound SMS end to end: a handset texts one of the organization's numbers through the Twilio simulator (a real,
 * signed webhook), keywords suppress, re-subscribe and are answered through the send path, consent changes reach
 * Kafka, and the send path refuses suppressed recipients. Runs nested in {@link SmsServiceIntegrationTest}.
 */
abstract class InboundTests {

    static final String OPTOUT = "Acme Shop: you are unsubscribed and will get no more messages. Reply START to resubscribe.";
    static final String HELP = "Acme Shop: help at support@acme.example or 415-555-0100. Reply STOP to opt out.";
    static final String OPTIN = "Acme Shop: you are subscribed again. Reply HELP for help, STOP to opt out.";

    private static final Map<String, List<EventEnvelope<?>>> CONSENT_EVENTS = new ConcurrentHashMap<>();
    private static KafkaConsumer<String, byte[]> consentEvents;

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

    final UUID org = UUID.randomUUID();
    final UUID brand = UUID.randomUUID();
    final Api api = Api.at(SmsServiceIntegrationTest.PORT);
    final String key = TestTokens.apiKey(org, "messages:send", "messages:read");
    final String handset = randomPhone("+1312");
    String number;

    @BeforeEach
    void aNumberInAnApprovedCampaignOfTheBrand() {
        number = randomPhone("+1415");
        numberInCampaign(org, brand, number);
    }

    static String randomPhone(String prefix) {
        return prefix + (2_000_000 + ThreadLocalRandom.current().nextInt(7_999_999));
    }

    /** A number assigned to an approved campaign of the brand, the campaign answering keywords with the texts above. */
    UUID numberInCampaign(UUID organization, UUID brandId, String e164) {
        numbers.add(organization, e164);
        UUID campaign = UUID.randomUUID();
        jdbc.update("""
                insert into campaign_status (campaign_id, organization_id, brand_id, status, changed_at, help_message,
                                             optout_message, optin_message)
                values (?, ?, ?, 'APPROVED', now(), ?, ?, ?)""", campaign, organization, brandId, HELP, OPTOUT, OPTIN);
        jdbc.update("update phone_number set status = 'ASSIGNED', campaign_id = ? where organization_id = ? and e164 = ?",
                campaign, organization, e164);
        return campaign;
    }

    Api.Reply send(String from, String to, String body) {
        return api.post("/api/v1/messages", key,
                "{\"to\":\"" + to + "\",\"from\":\"" + from + "\",\"body\":\"" + body + "\"}");
    }

    boolean suppressed(String phone) {
        return jdbc.queryForObject("select count(*) from suppression where brand_id = ? and phone = ?", Long.class,
                brand, phone) == 1;
    }

    /** The keyword answers sent to the handset (system messages), with the status each reached. */
    List<Map<String, Object>> answersTo(String phone) {
        return jdbc.queryForList("""
                select body, status, provider_sid, from_number from message
                where organization_id = ? and to_number = ? and system order by created_at""", org, phone);
    }

    @Test
    void stopSuppressesAtOnceIsAnnouncedAndConfirmedExactlyOnce() {
        Api.Reply stop = SmsServiceIntegrationTest.text(handset, number, "STOP");
        assertThat(stop.status()).isEqualTo(202);
        assertThat(stop.json().path("platformStatus").asInt()).isEqualTo(200);
        String stopSid = stop.text("sid");

        // suppressed before the webhook was answered: the very next send is refused
        assertThat(suppressed(handset)).isTrue();
        Api.Reply refused = send(number, handset, "Flash sale today!");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).endsWith("/recipient-opted-out");
        assertThat(refused.json().path("twilioErrorCode").asInt()).isEqualTo(21610);

        // texted again, differently dressed: still one suppression, still one confirmation
        assertThat(SmsServiceIntegrationTest.text(handset, number, "  stop. ").json().path("platformStatus").asInt())
                .isEqualTo(200);
        assertThat(SmsServiceIntegrationTest.text(handset, number, "Unsubscribe").json().path("platformStatus").asInt())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> answers = answersTo(handset);
            assertThat(answers).singleElement().satisfies(a -> {
                assertThat(a.get("body")).isEqualTo(OPTOUT);
                assertThat(a.get("from_number")).isEqualTo(number);
                assertThat(a.get("status")).isEqualTo("DELIVERED");
            });
        });
        // the confirmation reached Twilio as sent: the simulator has it, from our number to the handset
        String sid = (String) answersTo(handset).getFirst().get("provider_sid");
        com.twilio.rest.api.v2010.account.Message atTwilio =
                com.twilio.rest.api.v2010.account.Message.fetcher(sid).fetch(twilio);
        assertThat(atTwilio.getBody()).isEqualTo(OPTOUT);
        assertThat(atTwilio.getTo()).isEqualTo(handset);
        // nothing but the confirmation ever went to the handset
        assertThat(jdbc.queryForObject("select count(*) from message where to_number = ?", Long.class, handset)).isEqualTo(1);

        List<EventEnvelope<?>> consent = awaitConsentEvents(org + ":" + handset, 3);
        assertThat(consent).allSatisfy(e -> assertThat(e.type()).isEqualTo("contact.opted_out"));
        ConsentChanged first = (ConsentChanged) consent.getFirst().payload();
        assertThat(first.organizationId()).isEqualTo(org);
        assertThat(first.brandId()).isEqualTo(brand);
        assertThat(first.phone()).isEqualTo(handset);
        assertThat(first.type()).isEqualTo("OPT_OUT");
        assertThat(first.scope()).isEqualTo("BRAND");
        assertThat(first.channel()).isEqualTo("SMS");
        assertThat(first.source()).isEqualTo("STOP");
        assertThat(first.messageSid()).isEqualTo(stopSid);
        assertThat(consent.stream().map(e -> ((ConsentChanged) e.payload()).source())).containsExactly("STOP", "STOP",
                "UNSUBSCRIBE");

        Api.Reply inbound = api.get("/api/v1/messages/inbound?limit=10", key);
        assertThat(inbound.status()).isEqualTo(200);
        assertThat(inbound.json()).hasSize(3).allSatisfy(m -> {
            assertThat(m.path("intent").asString()).isEqualTo("OPT_OUT");
            assertThat(m.path("from").asString()).isEqualTo(handset);
            assertThat(m.path("to").asString()).isEqualTo(number);
        });
        assertThat(inbound.json().get(2).path("providerSid").asString()).isEqualTo(stopSid);
    }

    @Test
    void anOptOutHoldsForEveryNumberOfTheBrandAndForNoOtherBrand() {
        String sameBrand = randomPhone("+1415");
        numberInCampaign(org, brand, sameBrand);
        String otherBrand = randomPhone("+1415");
        numberInCampaign(org, UUID.randomUUID(), otherBrand);

        SmsServiceIntegrationTest.text(handset, number, "Opt-Out!");

        assertThat(send(sameBrand, handset, "Hello").text("type")).endsWith("/recipient-opted-out");
        assertThat(send(otherBrand, handset, "Hello from another brand").status()).isEqualTo(202);
    }

    @Test
    void startReSubscribesIsAnnouncedAndConfirmed() {
        SmsServiceIntegrationTest.text(handset, number, "stop");
        assertThat(send(number, handset, "Hi").status()).isEqualTo(422);

        SmsServiceIntegrationTest.text(handset, number, "Start");

        assertThat(suppressed(handset)).isFalse();
        assertThat(send(number, handset, "Welcome back").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(answersTo(handset))
                .extracting(a -> a.get("body")).containsExactly(OPTOUT, OPTIN));
        List<EventEnvelope<?>> consent = awaitConsentEvents(org + ":" + handset, 2);
        assertThat(consent).extracting(EventEnvelope::type).containsExactly("contact.opted_out", "contact.opted_in");
        ConsentChanged optIn = (ConsentChanged) consent.get(1).payload();
        assertThat(optIn.type()).isEqualTo("RE_OPT_IN");
        assertThat(optIn.channel()).isEqualTo("SMS");
        assertThat(optIn.source()).isEqualTo("START");
        assertThat(optIn.brandId()).isEqualTo(brand);

        // YES from someone not opted out is conversation, not a re-subscription: no answer, no event
        SmsServiceIntegrationTest.text(handset, number, "YES");
        assertThat(answersTo(handset)).hasSize(2);
    }

    @Test
    void helpIsAnsweredWithTheCampaignsHelpMessageAndOtherTextsAreStored() {
        SmsServiceIntegrationTest.text(handset, number, "Help?");
        SmsServiceIntegrationTest.text(handset, number, "Please stop by the store tomorrow, I'll pick up my order");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(answersTo(handset))
                .singleElement().satisfies(a -> {
                    assertThat(a.get("body")).isEqualTo(HELP);
                    assertThat(a.get("status")).isEqualTo("DELIVERED");
                }));
        assertThat(suppressed(handset)).isFalse();
        Api.Reply inbound = api.get("/api/v1/messages/inbound", key);
        assertThat(inbound.json()).hasSize(2);
        assertThat(inbound.json().get(0).path("intent").asString()).isEqualTo("MESSAGE");
        assertThat(inbound.json().get(0).path("keyword").isNull()).isTrue();
        assertThat(inbound.json().get(1).path("intent").asString()).isEqualTo("HELP");
        assertThat(inbound.json().get(1).path("keyword").asString()).isEqualTo("HELP");
        // the answer is listed among the organization's messages, marked as the platform's own
        assertThat(api.get("/api/v1/messages", key).json()).anySatisfy(m -> {
            assertThat(m.path("body").asString()).isEqualTo(HELP);
            assertThat(m.path("system").asBoolean()).isTrue();
        });
    }

    @Test
    void helpIsAnsweredOnceInAWhileNotToEveryRepeat() {
        for (int i = 0; i < 4; i++) {
            SmsServiceIntegrationTest.text(handset, number, i % 2 == 0 ? "HELP" : "info");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(answersTo(handset)).hasSize(1));
        // every HELP is stored for the inbox; only the first is answered within the interval
        assertThat(api.get("/api/v1/messages/inbound", key).json()).hasSize(4);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(answersTo(handset)).hasSize(1));
        // another person asking gets their own answer
        String other = randomPhone("+1415");
        SmsServiceIntegrationTest.text(other, number, "HELP");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(answersTo(other)).hasSize(1));
    }

    @Test
    void theWebhookIsVerifiedAnsweredWithEmptyTwimlAndARetryChangesNothing() throws Exception {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> form = new LinkedHashMap<>(Map.of("MessageSid", sid, "AccountSid",
                TwilioSimulator.shared().accountSid(), "From", handset, "To", number, "Body", "STOP"));

        assertThat(webhook(form, "bm90IGEgc2lnbmF0dXJl").status()).isEqualTo(403);
        assertThat(webhook(form, null).status()).isEqualTo(403);
        Map<String, String> tampered = new LinkedHashMap<>(form);
        tampered.put("From", randomPhone("+1312"));
        assertThat(webhook(tampered, SmsServiceIntegrationTest.sign("/webhooks/twilio/inbound", form)).status()).isEqualTo(403);
        assertThat(suppressed(handset)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from inbound_message where provider_sid = ?", Long.class, sid)).isZero();

        Api.Reply accepted = webhook(form, SmsServiceIntegrationTest.sign("/webhooks/twilio/inbound", form));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.headers().getContentType().toString()).startsWith("text/xml");
        assertThat(accepted.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");
        assertThat(suppressed(handset)).isTrue();

        // Twilio retries a webhook it thinks failed: same MessageSid, nothing happens twice
        assertThat(webhook(form, SmsServiceIntegrationTest.sign("/webhooks/twilio/inbound", form)).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from inbound_message where provider_sid = ?", Long.class, sid)).isOne();
        assertThat(awaitConsentEvents(org + ":" + handset, 1)).hasSize(1);

        Map<String, String> nobody = new LinkedHashMap<>(form);
        nobody.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
        nobody.put("To", "+15559990000");
        assertThat(webhook(nobody, SmsServiceIntegrationTest.sign("/webhooks/twilio/inbound", nobody)).status())
                .as("a text to a number that is no one's is acknowledged and dropped").isEqualTo(200);
        Map<String, String> incomplete = Map.of("Body", "STOP");
        assertThat(webhook(incomplete, SmsServiceIntegrationTest.sign("/webhooks/twilio/inbound", incomplete)).status())
                .isEqualTo(400);
    }

    @Test
    void twilioAnswering21610SuppressesTheRecipientForTheBrand() {
        String unsubscribed = "+15005550004";
        String id = send(number, unsubscribed, "Your order shipped").text("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Reply m = api.get("/api/v1/messages/" + id, key);
            assertThat(m.text("status")).isEqualTo("failed");
            assertThat(m.json().path("errorCode").asInt()).isEqualTo(21610);
        });
        assertThat(suppressed(unsubscribed)).isTrue();
        assertThat(jdbc.queryForObject("select reason from suppression where brand_id = ? and phone = ?", String.class,
                brand, unsubscribed)).isEqualTo("CARRIER_UNSUBSCRIBED");
        Api.Reply again = send(number, unsubscribed, "Your order shipped");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("type")).endsWith("/recipient-opted-out");
        assertThat(awaitConsentEvents(org + ":" + unsubscribed, 1)).singleElement().satisfies(e -> {
            ConsentChanged c = (ConsentChanged) e.payload();
            assertThat(c.type()).isEqualTo("OPT_OUT");
            assertThat(c.channel()).isEqualTo("CARRIER");
            assertThat(c.brandId()).isEqualTo(brand);
        });
    }

    @Test
    void aMessageAcceptedBeforeTheOptOutIsNotSentAfterIt() {
        SmsServiceIntegrationTest.text(handset, number, "STOP");
        // accepted earlier, its send command still on the topic when the STOP arrived
        UUID id = Uuids.timeOrdered();
        tx.executeWithoutResult(s -> {
            jdbc.update("""
                    insert into message (id, organization_id, from_number, to_number, body, segments, encoding, status,
                                         status_rank, created_at, updated_at)
                    values (?, ?, ?, ?, 'Sale ends tonight', 1, 'GSM7', 'ACCEPTED', 0, now(), now())""",
                    id, org, number, handset);
            events.publish(EventTypes.SEND_REQUESTED, org, org + ":" + handset, new SendMessageRequested(id, org,
                    number, handset, "Sale ends tonight", 1, "GSM7", Instant.now()));
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Reply m = api.get("/api/v1/messages/" + id, key);
            assertThat(m.text("status")).isEqualTo("failed");
            assertThat(m.json().path("errorCode").asInt()).isEqualTo(21610);
        });
        assertThat(jdbc.queryForObject("select provider_sid from message where id = ?", String.class, id))
                .as("never handed to Twilio").isNull();
    }

    @Test
    void anOptOutRecordedElsewhereStopsSendingAndAnOptInFromElsewhereDoesNotLiftIt() {
        String phone = randomPhone("+1312");
        tx.executeWithoutResult(s -> events.publish(EventTypes.CONTACT_OPTED_OUT, org, org + ":" + phone,
                new ConsentChanged(org, brand, null, phone, "OPT_OUT", "BRAND", "API", "user:someone", null, null, null,
                        null, null, Instant.now(), null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> suppressed(phone));
        assertThat(send(number, phone, "Hello").text("type")).endsWith("/recipient-opted-out");

        // a web form or an import cannot override an opt-out: only the person's START can
        tx.executeWithoutResult(s -> events.publish(EventTypes.CONTACT_OPTED_IN, org, org + ":" + phone,
                new ConsentChanged(org, brand, null, phone, "OPT_IN", "BRAND", "WEB", "https://acme.example/join", null,
                        null, null, null, null, Instant.now(), null)));
        awaitConsentEvents(org + ":" + phone, 2);
        assertThat(suppressed(phone)).isTrue();
        SmsServiceIntegrationTest.text(phone, number, "UNSTOP");
        assertThat(suppressed(phone)).isFalse();
        assertThat(send(number, phone, "Hello again").status()).isEqualTo(202);
    }

    @Test
    void theCampaignsKeywordAnswersComeWithItsEvents() {
        UUID campaign = UUID.randomUUID();
        CampaignChanged approved = new CampaignChanged(campaign, org, brand, "CABC123", "MARKETING", "APPROVED",
                Map.of("ATT", "APPROVED"), 240, 2000, null, Instant.now(), "Own help text for HELP, twenty chars",
                "Own opt-out confirmation, no more messages", "Own opt-in confirmation, welcome back");
        tx.executeWithoutResult(s -> events.publish(EventTypes.CAMPAIGN_APPROVED, org, campaign.toString(), approved));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select help_message from campaign_status where campaign_id = ?", String.class, campaign)
                .equals(List.of("Own help text for HELP, twenty chars")));
        String own = randomPhone("+1415");
        numbers.add(org, own);
        jdbc.update("update phone_number set status = 'ASSIGNED', campaign_id = ? where e164 = ?", campaign, own);

        // an update from before the answers travelled keeps them
        CampaignChanged older = new CampaignChanged(campaign, org, brand, "CABC123", "MARKETING", "APPROVED",
                Map.of("ATT", "APPROVED"), 240, 2000, null, Instant.now().plusSeconds(1));
        tx.executeWithoutResult(s -> events.publish(EventTypes.CAMPAIGN_UPDATED, org, campaign.toString(), older));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select changed_at from campaign_status where campaign_id = ?", java.sql.Timestamp.class, campaign)
                .toInstant().isAfter(approved.changedAt()));
        assertThat(jdbc.queryForObject("select optout_message from campaign_status where campaign_id = ?", String.class,
                campaign)).isEqualTo("Own opt-out confirmation, no more messages");

        SmsServiceIntegrationTest.text(handset, own, "STOP");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(answersTo(handset))
                .extracting(a -> a.get("body")).containsExactly("Own opt-out confirmation, no more messages"));
    }

    Api.Reply webhook(Map<String, String> params, String signature) {
        HttpHeaders headers = new HttpHeaders();
        if (signature != null) {
            headers.add("X-Twilio-Signature", signature);
        }
        String form = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.postForm("/webhooks/twilio/inbound", headers, form);
    }

    /** Waits until {@code count} consent events with this key arrived, then gives them all, in order. */
    static List<EventEnvelope<?>> awaitConsentEvents(String key, int count) {
        synchronized (InboundTests.class) {
            if (consentEvents == null) {
                Properties props = new Properties();
                props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
                props.put(ConsumerConfig.GROUP_ID_CONFIG, "sms-it-consent-" + UUID.randomUUID());
                props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                consentEvents = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
                consentEvents.subscribe(List.of(Topics.CONSENT));
            }
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            synchronized (InboundTests.class) {
                consentEvents.poll(Duration.ofMillis(200)).forEach(r -> CONSENT_EVENTS
                        .computeIfAbsent(r.key(), k -> new ArrayList<>()).add(EventSerde.read(r.value())));
            }
            assertThat(CONSENT_EVENTS.getOrDefault(key, List.of())).hasSizeGreaterThanOrEqualTo(count);
        });
        // anything more would have come with the rest: give it a moment to show up, then look
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
        synchronized (InboundTests.class) {
            consentEvents.poll(Duration.ofMillis(200)).forEach(r -> CONSENT_EVENTS
                    .computeIfAbsent(r.key(), k -> new ArrayList<>()).add(EventSerde.read(r.value())));
        }
        return List.copyOf(CONSENT_EVENTS.get(key));
    }
}

package io.tendlc.contact;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.contacts.ConsentChanged;
import io.tendlc.platform.test.PlatformIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Consent events from the ledger's producers (sms-service keywords, web forms) set contacts' consent status. */
@PlatformIntegrationTest
class ConsentEventsTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNewestEventWinsAndAnOptOutWinsATie() throws Exception {
        TestContacts org = new TestContacts(port);
        String id = org.contactId("5125550100", "Ada");

        send(EventTypes.CONTACT_OPTED_IN, org.organization, "+15125550100", "OPT_IN", "WEB", "https://ex.com/join", T0);
        awaitConsent(org, id, "OPTED_IN");
        assertThat(org.get("/api/v1/contacts/" + id).text("consentSource")).isEqualTo("WEB:https://ex.com/join");

        send(EventTypes.CONTACT_OPTED_OUT, org.organization, "+15125550100", "OPT_OUT", "SMS", "STOP", T0.plusSeconds(60));
        awaitConsent(org, id, "OPTED_OUT");
        RecordedEvents.await(EventTypes.CONTACT_UPDATED, c -> c.contactId().toString().equals(id)
                && "OPTED_OUT".equals(c.consentStatus()));

        // an opt-in older than the opt-out arrives late: ignored
        UUID stale = send(EventTypes.CONTACT_OPTED_IN, org.organization, "+15125550100", "OPT_IN", "WEB", "late",
                T0.plusSeconds(30));
        awaitProcessed(stale);
        assertThat(org.get("/api/v1/contacts/" + id).text("consentStatus")).isEqualTo("OPTED_OUT");

        // an opt-in at the very instant of the opt-out loses
        UUID tie = send(EventTypes.CONTACT_OPTED_IN, org.organization, "+15125550100", "OPT_IN", "WEB", "tie",
                T0.plusSeconds(60));
        awaitProcessed(tie);
        assertThat(org.get("/api/v1/contacts/" + id).text("consentStatus")).isEqualTo("OPTED_OUT");

        // texting START later re-subscribes
        send(EventTypes.CONTACT_OPTED_IN, org.organization, "+15125550100", "RE_OPT_IN", "SMS", "START",
                T0.plusSeconds(120));
        awaitConsent(org, id, "OPTED_IN");
        JsonNode contact = org.get("/api/v1/contacts/" + id).json();
        assertThat(contact.path("consentSource").asString()).isEqualTo("SMS:START");
        assertThat(Instant.parse(contact.path("consentAt").asString())).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void eventsCreateNoContactsButAContactCreatedLaterStartsFromThem() throws Exception {
        TestContacts org = new TestContacts(port);
        UUID optOut = send(EventTypes.CONTACT_OPTED_OUT, org.organization, "+12125550100", "OPT_OUT", "SMS", "STOP", T0);
        awaitProcessed(optOut);
        assertThat(org.get("/api/v1/contacts").json().path("items")).isEmpty();

        JsonNode created = org.contact("{\"phone\": \"(212) 555-0100\"}");
        assertThat(created.path("consentStatus").asString()).isEqualTo("OPTED_OUT");
        assertThat(created.path("consentSource").asString()).isEqualTo("SMS:STOP");
        RecordedEvents.await(EventTypes.CONTACT_CREATED, c -> c.contactId().toString().equals(created.path("id").asString())
                && "OPTED_OUT".equals(c.consentStatus()));
    }

    @Test
    void anotherOrganizationsEventsDoNotTouchAContact() throws Exception {
        TestContacts org = new TestContacts(port);
        String id = org.contactId("5125550100", "Ada");
        UUID elsewhere = send(EventTypes.CONTACT_OPTED_OUT, UUID.randomUUID(), "+15125550100", "OPT_OUT", "SMS", "STOP", T0);
        awaitProcessed(elsewhere);
        assertThat(org.get("/api/v1/contacts/" + id).text("consentStatus")).isEqualTo("NONE");
    }

    private UUID send(EventType<ConsentChanged> type, UUID org, String phone, String consentType, String channel,
                      String source, Instant at) throws Exception {
        ConsentChanged payload = new ConsentChanged(org, UUID.randomUUID(), null, phone, consentType, "BRAND", channel,
                source, null, null, null, null, null, at, "America/Chicago");
        String key = org + ":" + phone;
        EventEnvelope<ConsentChanged> envelope = EventEnvelope.of(type, org, key, payload);
        kafka.send(Topics.CONSENT, key, EventSerde.write(envelope)).get();
        return envelope.id();
    }

    private void awaitConsent(TestContacts org, String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> org.get("/api/v1/contacts/" + id).text("consentStatus"), status::equals);
    }

    private void awaitProcessed(UUID eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from processed_event where event_id = ?").param(eventId)
                        .query(Long.class).single() == 1);
    }
}

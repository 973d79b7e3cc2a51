package io.tendlc.compliance.consent;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.tendlc.compliance.ComplianceIntegrationTest;
import io.tendlc.compliance.PlatformEvents;
import io.tendlc.compliance.Queries;
import io.tendlc.compliance.ledger.CanonicalJson;
import io.tendlc.compliance.ledger.HashChain;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventTypes;
import io.tendlc.events.contacts.ConsentChanged;
import io.tendlc.events.contacts.ContactsImported;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ComplianceIntegrationTest
class ConsentLedgerIntegrationTest {

    static final String CONSENT = "/api/v1/consent";
    static final String EXPORT = "/api/v1/consent/export";
    static final String VERIFY = "/api/v1/consent/verify";
    static final String DISCLOSURE = "By checking this box you agree to receive recurring marketing texts from Acme, "
            + "\"Flowers\" & Co. Msg & data rates may apply. Reply STOP to cancel.";

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoDatabase mongo;

    @Autowired
    ConsentLedger ledger;

    final UUID org = UUID.randomUUID();
    final UUID brand = UUID.randomUUID();

    Api api() {
        return Api.at(port);
    }

    String owner() {
        return TestTokens.user(org, "OWNER");
    }

    PlatformEvents events() {
        return new PlatformEvents(kafka);
    }

    @Test
    void optInOptOutAndReOptInAreKeptAsOnePersonsHistoryNewestFirst() {
        String phone = phone();
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        events().publishConsent(PlatformEvents.consent(org, brand, phone, "OPT_IN", DISCLOSURE, t));
        events().publishConsent(PlatformEvents.consent(org, brand, phone, "OPT_OUT", null, t.plusSeconds(60)));
        events().publishConsent(PlatformEvents.consent(org, brand, phone, "RE_OPT_IN", DISCLOSURE, t.plusSeconds(120)));
        JsonNode history = awaitHistory(phone, 3);

        assertThat(history.path("phone").asString()).isEqualTo(phone);
        assertThat(history.path("status").asString()).isEqualTo("OPTED_IN");
        JsonNode entries = history.path("entries");
        assertThat(List.of(entries.get(0).path("type").asString(), entries.get(1).path("type").asString(),
                entries.get(2).path("type").asString())).containsExactly("RE_OPT_IN", "OPT_OUT", "OPT_IN");
        JsonNode optIn = entries.get(2);
        assertThat(optIn.path("seq").asLong()).isEqualTo(1);
        assertThat(optIn.path("prevHash").asString()).isEqualTo(HashChain.GENESIS);
        assertThat(optIn.path("disclosure").asString()).isEqualTo(DISCLOSURE);
        assertThat(optIn.path("disclosureVersion").asString()).isEqualTo("v3");
        assertThat(optIn.path("brandId").asString()).isEqualTo(brand.toString());
        assertThat(optIn.path("channel").asString()).isEqualTo("WEB");
        assertThat(optIn.path("source").asString()).isEqualTo("https://acme.example/join");
        assertThat(optIn.path("ipAddress").asString()).isEqualTo("203.0.113.7");
        assertThat(optIn.path("userAgent").asString()).isEqualTo("Mozilla/5.0 (test)");
        assertThat(optIn.path("timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(optIn.path("eventType").asString()).isEqualTo("contact.opted_in");
        assertThat(Instant.parse(optIn.path("occurredAt").asString())).isEqualTo(t);
        assertThat(optIn.path("recordedAt").asString()).isNotBlank();
        JsonNode optOut = entries.get(1);
        assertThat(optOut.path("channel").asString()).isEqualTo("SMS");
        assertThat(optOut.path("source").asString()).isEqualTo("STOP");
        assertThat(optOut.path("messageSid").asString()).isEqualTo("SM123");
        // each entry links to the one before it
        assertThat(entries.get(0).path("prevHash").asString()).isEqualTo(optOut.path("hash").asString());
        assertThat(optOut.path("prevHash").asString()).isEqualTo(optIn.path("hash").asString());

        JsonNode verify = api().get(VERIFY, owner()).json();
        assertThat(verify.path("intact").asBoolean()).isTrue();
        assertThat(verify.path("entries").asLong()).isEqualTo(3);
        assertThat(verify.has("firstBrokenSeq")).isFalse();
        assertThat(verify.path("checkedAt").asString()).isNotBlank();
    }

    @Test
    void aRedeliveredEventAddsNothing() {
        String phone = phone();
        EventEnvelope<ConsentChanged> optIn = events().publishConsent(
                PlatformEvents.consent(org, brand, phone, "OPT_IN", DISCLOSURE, Instant.now()));
        events().publish(optIn);
        events().publish(optIn);
        // same key, same partition: once the later event is in, the redeliveries before it were handled
        events().publishConsent(PlatformEvents.consent(org, brand, phone, "OPT_OUT", null, Instant.now()));
        awaitHistory(phone, 2);
        assertThat(entries().countDocuments(eq("eventId", optIn.id().toString()))).isEqualTo(1);
        assertThat(entries().countDocuments(eq("organizationId", org.toString()))).isEqualTo(2);
        // and straight at the ledger
        HashChain.Appended again = ledger.record(optIn, org, optIn.payload());
        assertThat(again.fresh()).isFalse();
        assertThat(((Number) again.entry().get("seq")).longValue()).isEqualTo(1);
        assertThat(api().get(VERIFY, owner()).json().path("entries").asLong()).isEqualTo(2);
    }

    @Test
    void concurrentAppendsToOneOrganizationKeepAGaplessIntactChain() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Boolean>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        ConsentChanged consent = PlatformEvents.consent(org, brand, phone(), "OPT_IN", DISCLOSURE,
                                Instant.now());
                        ledger.record(EventEnvelope.of(EventTypes.CONTACT_OPTED_IN, org, org + ":" + consent.phone(),
                                consent), org, consent);
                    }
                    return true;
                });
            }
            for (Future<Boolean> done : pool.invokeAll(work)) {
                assertThat(done.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertGapless(threads * perThread);
    }

    @Test
    void consumersOfSeveralPartitionsShareOneChain() {
        int count = 60;
        for (int i = 0; i < count; i++) { // different phones: keys spread over every partition
            events().publishConsent(PlatformEvents.consent(org, brand, phone(), "OPT_IN", DISCLOSURE, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> entries().countDocuments(eq("organizationId", org.toString())) == count);
        assertGapless(count);
    }

    @Test
    void anEntryChangedInTheDatabaseBreaksTheChainThere() {
        String phone = phone();
        for (String type : List.of("OPT_IN", "OPT_OUT", "RE_OPT_IN")) {
            events().publishConsent(PlatformEvents.consent(org, brand, phone, type, DISCLOSURE, Instant.now()));
        }
        awaitHistory(phone, 3);
        entries().updateOne(and(eq("organizationId", org.toString()), eq("seq", 2L)),
                Updates.set("source", "https://acme.example/forged-consent"));
        JsonNode verify = api().get(VERIFY, owner()).json();
        assertThat(verify.path("intact").asBoolean()).isFalse();
        assertThat(verify.path("entries").asLong()).isEqualTo(3);
        assertThat(verify.path("firstBrokenSeq").asLong()).isEqualTo(2);
        assertThat(verify.path("problem").asString()).contains("altered");
    }

    @Test
    void aForgerWhoRecomputesTheHashStillBreaksTheNextLink() {
        String phone = phone();
        for (String type : List.of("OPT_IN", "OPT_OUT", "RE_OPT_IN")) {
            events().publishConsent(PlatformEvents.consent(org, brand, phone, type, DISCLOSURE, Instant.now()));
        }
        awaitHistory(phone, 3);
        Document second = entries().find(and(eq("organizationId", org.toString()), eq("seq", 2L))).first();
        second.put("type", "OPT_IN"); // hide the opt-out, and re-hash the entry
        String forged = CanonicalJson.sha256(second.getString("prevHash") + CanonicalJson.of(second));
        entries().updateOne(Filters.eq("_id", second.get("_id")),
                Updates.combine(Updates.set("type", "OPT_IN"), Updates.set("hash", forged)));
        JsonNode verify = api().get(VERIFY, owner()).json();
        assertThat(verify.path("intact").asBoolean()).isFalse();
        assertThat(verify.path("firstBrokenSeq").asLong()).isEqualTo(3);
    }

    @Test
    void aDeletedEntryLeavesAGap() {
        String phone = phone();
        for (String type : List.of("OPT_IN", "OPT_OUT", "RE_OPT_IN")) {
            events().publishConsent(PlatformEvents.consent(org, brand, phone, type, DISCLOSURE, Instant.now()));
        }
        awaitHistory(phone, 3);
        entries().deleteOne(and(eq("organizationId", org.toString()), eq("seq", 2L)));
        JsonNode verify = api().get(VERIFY, owner()).json();
        assertThat(verify.path("intact").asBoolean()).isFalse();
        assertThat(verify.path("entries").asLong()).isEqualTo(2);
        assertThat(verify.path("firstBrokenSeq").asLong()).isEqualTo(2);
        assertThat(verify.path("problem").asString()).contains("missing");
    }

    @Test
    void exportsOnePersonsEvidenceAsCsv() {
        String phone = phone();
        Instant t = Instant.parse("2026-03-01T15:04:05.123Z");
        events().publishConsent(PlatformEvents.consent(org, brand, phone, "OPT_IN", DISCLOSURE, t));
        events().publishConsent(PlatformEvents.consent(org, brand, phone, "OPT_OUT", "=HYPERLINK(\"x\")",
                t.plusSeconds(5)));
        awaitHistory(phone, 2);
        Api.Reply csv = Queries.get(api(), owner(), EXPORT, "phone", phone, "format", "csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.headers().getContentDisposition().isAttachment()).isTrue();
        assertThat(csv.headers().getContentDisposition().getFilename())
                .startsWith("consent-" + phone.substring(1)).endsWith(".csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("seq,occurredAt,timeZone,type,scope,channel,source,phone,brandId")
                .endsWith("prevHash,hash");
        // oldest first; quotes doubled, commas quoted; a formula is neutralised
        assertThat(lines[1]).startsWith("1,2026-03-01T15:04:05.123Z,America/Chicago,OPT_IN,BRAND,WEB,"
                + "https://acme.example/join," + phone + "," + brand + ",,\""
                + DISCLOSURE.replace("\"", "\"\"") + "\"");
        assertThat(lines[2]).startsWith("2,2026-03-01T15:04:10.123Z,America/Chicago,OPT_OUT,BRAND,SMS,STOP,")
                .contains(",\"'=HYPERLINK(\"\"x\"\")\",");
        assertThat(Queries.get(api(), owner(), EXPORT, "phone", phone).body()).isEqualTo(csv.body());
    }

    @Test
    void exportsOnePersonsEvidenceAsJsonThatCanBeRehashed() {
        String phone = phone();
        events().publishConsent(PlatformEvents.consent(org, brand, phone, "OPT_IN", DISCLOSURE, Instant.now()));
        events().publishConsent(PlatformEvents.consent(org, brand, phone, "OPT_OUT", null, Instant.now()));
        awaitHistory(phone, 2);
        Api.Reply json = Queries.get(api(), owner(), EXPORT, "phone", phone, "format", "JSON");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.headers().getContentType().toString()).startsWith("application/json");
        assertThat(json.headers().getContentDisposition().getFilename()).endsWith(".json");
        JsonNode body = json.json();
        assertThat(body.path("phone").asString()).isEqualTo(phone);
        JsonNode entries = body.path("entries");
        assertThat(entries.size()).isEqualTo(2);
        assertThat(entries.get(0).path("type").asString()).isEqualTo("OPT_IN");
        assertThat(entries.get(1).path("type").asString()).isEqualTo("OPT_OUT");
        // an auditor recomputes each hash from the export alone
        for (JsonNode entry : entries) {
            Document fields = new Document();
            entry.properties().forEach(p -> {
                if (!p.getKey().equals("hash")) {
                    JsonNode v = p.getValue();
                    fields.put(p.getKey(), v.isNull() ? null : v.isNumber() ? (Object) v.asLong()
                            : p.getKey().endsWith("At") ? java.util.Date.from(Instant.parse(v.asString()))
                            : v.asString());
                }
            });
            assertThat(CanonicalJson.sha256(entry.path("prevHash").asString() + CanonicalJson.of(fields)))
                    .isEqualTo(entry.path("hash").asString());
        }
    }

    @Test
    void badPhonesAndFormatsAreProblems() {
        for (String bad : List.of("2025550123", "+0123", "abc", "+1202555012345678", "+1 202 555 0123", "")) {
            Api.Reply reply = Queries.get(api(), owner(), CONSENT, "phone", bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.headers().getContentType().toString()).contains("problem+json");
        }
        assertThat(api().get(CONSENT + "?phone=abc", owner()).text("type"))
                .isEqualTo("https://tendlc.io/problems/invalid-phone");
        assertThat(api().get(CONSENT, owner()).status()).isEqualTo(400);
        Api.Reply format = Queries.get(api(), owner(), EXPORT, "phone", "+12025550123", "format", "xml");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.text("type")).isEqualTo("https://tendlc.io/problems/invalid-format");
        // a + sent unencoded arrives as a space: taken back
        Api.Reply plus = api().get(CONSENT + "?phone=+12025550123", owner());
        assertThat(plus.status()).isEqualTo(200);
        assertThat(plus.json().path("phone").asString()).isEqualTo("+12025550123");
        assertThat(plus.json().path("status").asString()).isEqualTo("NONE");
    }

    @Test
    void anImportIsOneEntryWithItsConsentEvidence() {
        UUID importId = UUID.randomUUID();
        UUID listId = UUID.randomUUID();
        String phonesSha256 = CanonicalJson.sha256("+12025550100\n+12025550101\n");
        Instant finished = Instant.parse("2026-02-02T10:00:00Z");
        ContactsImported imported = new ContactsImported(importId, org, listId, 2, 1, "Store sign-up sheets 2025",
                "I attest that every contact in this file gave express written consent to receive marketing texts.",
                phonesSha256, UUID.randomUUID().toString(), finished);
        EventEnvelope<ContactsImported> event = events().publishImport(imported);
        events().publish(event); // redelivered
        await().atMost(Duration.ofSeconds(30))
                .until(() -> entries().countDocuments(eq("importId", importId.toString())) == 1);
        Document entry = entries().find(eq("importId", importId.toString())).first();
        assertThat(entry.getString("organizationId")).isEqualTo(org.toString());
        assertThat(entry.getString("type")).isEqualTo("IMPORT");
        assertThat(entry.getString("channel")).isEqualTo("IMPORT");
        assertThat(entry.getString("source")).isEqualTo("Store sign-up sheets 2025");
        assertThat(entry.getString("attestation")).startsWith("I attest");
        assertThat(((Number) entry.get("imported")).longValue()).isEqualTo(2);
        assertThat(((Number) entry.get("rejected")).longValue()).isEqualTo(1);
        assertThat(entry.getString("phonesSha256")).isEqualTo(phonesSha256);
        assertThat(entry.getString("listId")).isEqualTo(listId.toString());
        assertThat(entry.getString("eventId")).isEqualTo(event.id().toString());
        assertThat(entry.getDate("occurredAt").toInstant()).isEqualTo(finished);
        assertThat(entry.containsKey("phone")).isTrue();
        assertThat(entry.get("phone")).isNull();
        // contact.created and the like are not consent evidence
        events().publish(EventEnvelope.of(EventTypes.CONTACT_CREATED, org, UUID.randomUUID().toString(),
                new io.tendlc.events.contacts.ContactChanged(UUID.randomUUID(), org, phone(), "OPTED_IN")));
        String phone = phone();
        events().publishConsent(PlatformEvents.consent(org, brand, phone, "OPT_IN", DISCLOSURE, Instant.now()));
        awaitHistory(phone, 1);
        JsonNode verify = api().get(VERIFY, owner()).json();
        assertThat(verify.path("intact").asBoolean()).isTrue();
        assertThat(verify.path("entries").asLong()).isEqualTo(2);
    }

    @Test
    void anEventNamingTwoOrganizationsIsRecordedNowhere() {
        String phone = phone();
        UUID other = UUID.randomUUID();
        ConsentChanged consent = PlatformEvents.consent(org, brand, phone, "OPT_IN", DISCLOSURE, Instant.now());
        events().publish(new EventEnvelope<>(UUID.randomUUID(), EventTypes.CONTACT_OPTED_IN.name(), Instant.now(),
                other, org + ":" + phone, 1, consent));
        events().publishConsent(PlatformEvents.consent(org, brand, phone, "OPT_OUT", null, Instant.now()));
        JsonNode history = awaitHistory(phone, 1);
        assertThat(history.path("entries").get(0).path("type").asString()).isEqualTo("OPT_OUT");
        assertThat(entries().countDocuments(eq("organizationId", other.toString()))).isZero();
    }

    @Test
    void everyMemberAndScopedKeysMayReadOthersMayNot() {
        for (String role : List.of("OWNER", "ADMIN", "MANAGER", "AGENT", "VIEWER")) {
            assertThat(Queries.get(api(), TestTokens.user(org, role), CONSENT, "phone", "+12025550123").status())
                    .as(role).isEqualTo(200);
        }
        assertThat(api().get(VERIFY, TestTokens.apiKey(org, "compliance:read")).status()).isEqualTo(200);
        for (String route : List.of(CONSENT, EXPORT, VERIFY)) {
            Api.Reply refused = Queries.get(api(), TestTokens.apiKey(org, "contacts:read"), route, "phone",
                    "+12025550123");
            assertThat(refused.status()).as(route).isEqualTo(403);
            assertThat(refused.text("type")).isEqualTo("https://tendlc.io/problems/forbidden");
            assertThat(Queries.get(api(), null, route, "phone", "+12025550123").status()).as(route).isEqualTo(401);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheLedger() {
        JsonNode paths = api().get("/v3/api-docs", null).json().path("paths");
        assertThat(paths.path(CONSENT).path("get").path("summary").asString()).contains("history");
        assertThat(paths.path(EXPORT).path("get").path("summary").asString()).contains("CSV");
        assertThat(paths.path(VERIFY).path("get").path("summary").asString()).contains("hash");
    }

    private void assertGapless(int count) {
        List<Long> seqs = entries().find(eq("organizationId", org.toString())).sort(new Document("seq", 1))
                .map(d -> ((Number) d.get("seq")).longValue()).into(new ArrayList<>());
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
        JsonNode verify = api().get(VERIFY, owner()).json();
        assertThat(verify.path("intact").asBoolean()).as(verify.toString()).isTrue();
        assertThat(verify.path("entries").asLong()).isEqualTo(count);
    }

    private JsonNode awaitHistory(String phone, int entries) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Queries.get(api(), owner(), CONSENT, "phone", phone).json()
                .path("entries").size() == entries);
        return Queries.get(api(), owner(), CONSENT, "phone", phone).json();
    }

    private MongoCollection<Document> entries() {
        return mongo.getCollection(ConsentLedger.COLLECTION);
    }

    /** A fresh US number per call, so tests sharing the database never meet. */
    private static String phone() {
        return "+1202" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
    }
}

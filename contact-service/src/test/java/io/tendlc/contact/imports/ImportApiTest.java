package io.tendlc.contact.imports;

import io.tendlc.embedded.SharedServers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.Topics;
import io.tendlc.events.contacts.AuditRecorded;
import io.tendlc.events.contacts.ContactsImported;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class ImportApiTest {

    static KafkaConsumer<String, byte[]> events;
    static final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void listen() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "imports-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        events = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        events.subscribe(List.of(Topics.CONTACTS, Topics.AUDIT));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final UUID org = UUID.randomUUID();
    final String owner = TestTokens.user(org, "OWNER");

    Api api() {
        return Api.at(port);
    }

    Imports imports() {
        return new Imports(api());
    }

    static final String MAP = """
            {"mapping": {"Phone": "phone", "First Name": "first_name", "Last Name": "last_name", "Email": "email",
                         "Tags": "tags"}""";

    @Test
    void aMessyExcelExportIsImportedAndEveryRejectedRowIsListedWithItsReason() {
        String csv = "\uFEFFPhone,First Name,Last Name,Email,Tags\r\n"
                + "(212) 200-0001,Ann,Lee,ann@example.com,\"vip, new\"\r\n"     // row 2
                + "212.200.0002,\"Bob\",\"Multi\r\nLine\",bob@example.com,\r\n"  // row 3: a quoted newline
                + "+1 212 200 0001,Anne,Lee,,vip\r\n"                           // row 4: duplicate of row 2, wins
                + "12,Short,Number,,\r\n"                                       // row 5: invalid
                + "+44 20 7946 0958,Brit,Ish,,\r\n"                             // row 6: not US
                + "+1 416 555 0199,Cana,Dian,,\r\n"                             // row 7: Canadian (NANP, not US)
                + ",No,Phone,,\r\n"                                             // row 8: missing
                + "2122000003,Cat,\"Quote \"\"The\"\" Cat\",not-an-email,\r\n"  // row 9: invalid email
                + "212-200-0004,Dan,Ok,dan@example.com,\r\n";                   // row 10
        JsonNode done = imports().importCsv(owner, csv, MAP + "}");

        assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("rowsTotal").asLong()).isEqualTo(9);
        assertThat(done.path("rowsImported").asLong()).isEqualTo(4);
        assertThat(done.path("rowsRejected").asLong()).isEqualTo(5);
        assertThat(done.path("rowsDuplicate").asLong()).isEqualTo(1);
        assertThat(done.path("contactsCreated").asLong()).isEqualTo(3);
        assertThat(done.path("percent").asDouble()).isEqualTo(100.0);

        List<Map<String, Object>> contacts = jdbc.queryForList("""
                select phone, first_name, last_name, email, tags::text as tags, consent_status from contact
                where organization_id = ? order by phone""", org);
        assertThat(contacts).extracting(c -> c.get("phone"))
                .containsExactly("+12122000001", "+12122000002", "+12122000004");
        assertThat(contacts.get(0)).containsEntry("first_name", "Anne") // the later row won
                .containsEntry("email", "ann@example.com")                // an empty cell erased nothing
                .containsEntry("tags", "{new,vip}")                       // tags add up
                .containsEntry("consent_status", "NONE");
        assertThat(contacts.get(1)).containsEntry("last_name", "Multi\r\nLine");

        String rejections = api().get("/api/v1/imports/" + done.path("id").asString() + "/rejections.csv", owner).body();
        List<String> lines = rejections.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("row,reason,raw");
        assertThat(rejections)
                .contains("5,invalid phone number: too short,\"12,Short,Number,,\"")
                .contains("6,not a US number (country code +44)")
                .contains("7,not a US number (region CA)")
                .contains("8,missing phone number")
                .contains("9,invalid email address,\"2122000003,Cat,\"\"Quote \"\"\"\"The\"\"\"\" Cat\"\",not-an-email,\"");
        assertThat(lines).hasSize(6);
    }

    @Test
    void anExcelExportInWindows1252KeepsItsAccents() {
        byte[] csv = "Phone,First Name,Last Name\r\n2122000500,Jos\u00e9,Pe\u00f1a\r\n"
                .getBytes(CsvFormat.WINDOWS_1252);
        Api.Reply uploaded = imports().upload(owner, csv, "excel.csv");
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.text("encoding")).isEqualTo("windows-1252");
        assertThat(uploaded.json().path("sampleRows").get(0).toString()).contains("Jos\u00e9", "Pe\u00f1a");
        assertThat(imports().start(owner, uploaded.text("id"), """
                {"mapping": {"Phone": "phone", "First Name": "first_name", "Last Name": "last_name"}}""").status())
                .isEqualTo(202);
        assertThat(imports().awaitFinished(owner, uploaded.text("id")).path("rowsImported").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForMap("select first_name, last_name from contact where organization_id = ?", org))
                .containsEntry("first_name", "Jos\u00e9").containsEntry("last_name", "Pe\u00f1a");
    }

    @Test
    void theUploadSuggestsAMappingFromTheHeaderAndDetectsASemicolonDelimiter() {
        jdbc.update("insert into custom_field (organization_id, key, label, type) values (?, 'city', 'City', 'TEXT')",
                org);
        String csv = "Mobile Number;Given Name;Surname;E-mail;Labels;City;Notes\n+12122000100;Eve;Stone;e@x.io;a;Austin;x\n";
        Api.Reply reply = imports().upload(owner, csv.getBytes(StandardCharsets.UTF_8), "export.csv");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.path("status").asString()).isEqualTo("UPLOADED");
        assertThat(body.path("delimiter").asString()).isEqualTo(";");
        assertThat(body.path("header").toString())
                .isEqualTo("[\"Mobile Number\",\"Given Name\",\"Surname\",\"E-mail\",\"Labels\",\"City\",\"Notes\"]");
        assertThat(body.path("suggestedMapping").toString()).isEqualTo("{\"Mobile Number\":\"phone\","
                + "\"Given Name\":\"first_name\",\"Surname\":\"last_name\",\"E-mail\":\"email\",\"Labels\":\"tags\","
                + "\"City\":\"field.city\",\"Notes\":\"ignore\"}");
        assertThat(body.path("sampleRows").get(0).get(5).asString()).isEqualTo("Austin");

        Api.Reply started = imports().start(owner, body.path("id").asString(),
                "{\"mapping\": " + body.path("suggestedMapping") + "}");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.text("status")).isEqualTo("RUNNING");
        imports().awaitFinished(owner, body.path("id").asString());
        assertThat(jdbc.queryForObject("select custom_fields::text from contact where organization_id = ?",
                String.class, org)).isEqualTo("{\"city\": \"Austin\"}");
    }

    @Test
    void aConsentSourceNeedsAnAttestationAndTheMappingIsChecked() {
        Api.Reply uploaded = imports().upload(owner, "phone\n2122000200\n".getBytes(StandardCharsets.UTF_8), "a.csv");
        String id = uploaded.text("id");

        Api.Reply noAttestation = imports().start(owner, id,
                "{\"mapping\": {\"phone\": \"phone\"}, \"consentSource\": \"https://shop.example/signup\"}");
        assertThat(noAttestation.status()).isEqualTo(400);
        assertThat(noAttestation.text("type")).isEqualTo("https://tendlc.io/problems/attestation-required");

        Api.Reply noPhone = imports().start(owner, id, "{\"mapping\": {\"phone\": \"ignore\"}}");
        assertThat(noPhone.text("type")).isEqualTo("https://tendlc.io/problems/phone-column-required");
        Api.Reply unknownColumn = imports().start(owner, id, "{\"mapping\": {\"mobile\": \"phone\"}}");
        assertThat(unknownColumn.text("type")).isEqualTo("https://tendlc.io/problems/unknown-column");
        Api.Reply unknownField = imports().start(owner, id, "{\"mapping\": {\"phone\": \"field.shoe_size\"}}");
        assertThat(unknownField.text("type")).isEqualTo("https://tendlc.io/problems/unknown-field");
        Api.Reply viewer = imports().start(TestTokens.user(org, "VIEWER"), id, "{\"mapping\": {\"phone\": \"phone\"}}");
        assertThat(viewer.status()).isEqualTo(403);

        Api.Reply started = imports().start(owner, id, """
                {"mapping": {"phone": "phone"}, "consentSource": "https://shop.example/signup",
                 "attestation": "Every person in this file ticked the SMS box on our signup form."}""");
        assertThat(started.status()).isEqualTo(202);
        imports().awaitFinished(owner, id);
        assertThat(imports().start(owner, id, "{\"mapping\": {\"phone\": \"phone\"}}").status()).isEqualTo(409);
        assertThat(jdbc.queryForMap("select consent_status, consent_source from contact where organization_id = ?", org))
                .containsEntry("consent_status", "OPTED_IN")
                .containsEntry("consent_source", "https://shop.example/signup");
    }

    @Test
    void anAreaCodesZoneFillsTheGapsButNeverReplacesAGivenZone() {
        jdbc.update("""
                insert into contact (id, organization_id, phone, time_zone, time_zone_derived) values
                    (?, ?, '+12122000400', 'America/Phoenix', false),
                    (?, ?, '+12122000401', null, false)""", UUID.randomUUID(), org, UUID.randomUUID(), org);

        JsonNode done = imports().importCsv(owner, """
                phone,zone
                2122000400,
                2122000401,
                5122000402,
                5122000403,America/Denver
                8002000404,
                """, "{\"mapping\": {\"phone\": \"phone\", \"zone\": \"time_zone\"}}");

        assertThat(done.path("rowsImported").asLong()).isEqualTo(5);
        Map<String, String> zones = new TreeMap<>();
        jdbc.query("select phone, time_zone, time_zone_derived from contact where organization_id = ?",
                (ResultSet rs) -> {
                    zones.put(rs.getString(1), rs.getString(2) + (rs.getBoolean(3) ? " (area code)" : ""));
                }, org);
        assertThat(zones).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "+12122000400", "America/Phoenix",              // given before: kept
                "+12122000401", "America/New_York (area code)", // had none: filled
                "+15122000402", "America/Chicago (area code)",  // new: derived
                "+15122000403", "America/Denver",               // the file's own zone wins
                "+18002000404", "null")));                      // toll-free: no zone to derive
    }

    @Test
    void anImportNeverOverridesAnOptOutAndAddsContactsToTheList() {
        UUID optedOut = UUID.randomUUID();
        jdbc.update("""
                insert into contact (id, organization_id, phone, first_name, consent_status, consent_source)
                values (?, ?, '+12122000300', 'Old', 'OPTED_OUT', 'STOP')""", optedOut, org);
        UUID list = UUID.randomUUID();
        jdbc.update("insert into contact_list (id, organization_id, name) values (?, ?, 'Spring sale')", list, org);

        JsonNode done = imports().importCsv(owner, "phone,first\n2122000300,New\n2122000301,Fresh\n", """
                {"mapping": {"phone": "phone", "first": "first_name"}, "listId": "%s",
                 "consentSource": "paper form", "attestation": "Signed forms are kept at the front desk."}"""
                .formatted(list));

        assertThat(done.path("rowsImported").asLong()).isEqualTo(2);
        assertThat(done.path("contactsCreated").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForMap("select first_name, consent_status, consent_source from contact where id = ?",
                optedOut)).containsEntry("first_name", "New").containsEntry("consent_status", "OPTED_OUT")
                .containsEntry("consent_source", "STOP");
        assertThat(jdbc.queryForObject("select consent_status from contact where organization_id = ? and phone = ?",
                String.class, org, "+12122000301")).isEqualTo("OPTED_IN");
        assertThat(jdbc.queryForObject("select count(*) from list_member where list_id = ?", Long.class, list))
                .isEqualTo(2);
    }

    @Test
    void progressIsReportedWhileRunningAndStreamedAsServerSentEvents() throws Exception {
        int rows = 60_000;
        StringBuilder csv = new StringBuilder(rows * 40).append("phone,first_name,last_name\n");
        for (int i = 0; i < rows; i++) {
            csv.append(Imports.phone(i)).append(",First").append(i).append(",Last\n");
        }
        Api.Reply uploaded = imports().upload(owner, csv.toString().getBytes(StandardCharsets.UTF_8), "big.csv");
        String id = uploaded.text("id");
        assertThat(uploaded.json().path("bytesTotal").asLong()).isEqualTo(csv.length());

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest sse = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/" + id + "/events"))
                .header("Authorization", "Bearer " + owner).header("Accept", "text/event-stream").build();
        imports().start(owner, id, "{\"mapping\": {\"phone\": \"phone\", \"first_name\": \"first_name\"}}");
        HttpResponse<java.io.InputStream> stream = http.send(sse, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        List<JsonNode> progress = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("data:")) {
                    progress.add(json.readTree(line.substring(5).strip()));
                }
            }
        }
        assertThat(progress).isNotEmpty();
        JsonNode last = progress.getLast();
        assertThat(last.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(last.path("rowsImported").asLong()).isEqualTo(rows);
        assertThat(last.path("rowsPerSecond").asLong()).isPositive();
        assertThat(progress).extracting(p -> p.path("rowsImported").asLong()).isSorted();
        assertThat(progress.size()).as("updates while running, then the final state").isGreaterThan(1);
        JsonNode status = api().get("/api/v1/imports/" + id, owner).json();
        assertThat(status.path("bytesRead").asLong()).isEqualTo(csv.length());
        assertThat(api().get("/api/v1/imports", owner).body()).contains(id);
    }

    @Test
    void theFinishedImportIsAnnouncedOnceWithTheHashOfItsPhonesAndAudited() throws Exception {
        JsonNode done = imports().importCsv(owner, "phone\n2122000401\nbad\n2122000402\n2122000401\n", """
                {"mapping": {"phone": "phone"}, "consentSource": "web", "attestation": "They opted in on the web."}""");
        UUID id = Imports.uuid(done, "id");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("+12122000401\n+12122000402\n+12122000401\n".getBytes(StandardCharsets.US_ASCII));
        String expected = HexFormat.of().formatHex(sha.digest());
        assertThat(done.path("phonesSha256").asString()).isEqualTo(expected);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            events.poll(Duration.ofMillis(200)).forEach(seen::add);
            List<EventEnvelope<?>> ours = new ArrayList<>();
            seen.forEach(r -> ours.add(EventSerde.read(r.value())));
            ours.removeIf(e -> !org.equals(e.organizationId()));
            List<EventEnvelope<?>> completed = new ArrayList<>(ours);
            completed.removeIf(e -> !e.type().equals("contact.import_completed"));
            assertThat(completed).hasSize(1);
            ContactsImported payload = (ContactsImported) completed.getFirst().payload();
            assertThat(payload.importId()).isEqualTo(id);
            assertThat(completed.getFirst().key()).isEqualTo(id.toString());
            assertThat(payload.imported()).isEqualTo(3);
            assertThat(payload.rejected()).isEqualTo(1);
            assertThat(payload.consentSource()).isEqualTo("web");
            assertThat(payload.attestation()).isEqualTo("They opted in on the web.");
            assertThat(payload.phonesSha256()).isEqualTo(expected);
            assertThat(ours).filteredOn(e -> e.type().equals("audit.recorded"))
                    .extracting(e -> ((AuditRecorded) e.payload()).action()).containsExactly("contact.import_completed");
        });
    }

    @Test
    void aFailedImportResumesAfterItsLastCommittedChunk() {
        // a run that died after its writer committed the chunk of rows 2-3 (all four numbers belong to one writer;
        // rejections to writer 0): starting it again writes only the rest, and the counters cover the whole file
        int writer = ImportJob.writerOf(2_122_000_500L, 2);
        String csv = "phone,first\n2122000500,A\n2122000502,B\nnope,C\n2122000501,D\n2122000503,E\n";
        Api.Reply uploaded = imports().upload(owner, csv.getBytes(StandardCharsets.UTF_8), "resume.csv");
        UUID id = Imports.uuid(uploaded.json(), "id");
        jdbc.update("""
                update contact_import set status = 'FAILED', error = 'interrupted', mapping = '{"phone":"phone","first":"first_name"}'
                where id = ?""", id);
        jdbc.update("insert into contact (id, organization_id, phone, first_name) values (?, ?, '+12122000500', 'A')",
                UUID.randomUUID(), org);
        jdbc.update("insert into contact (id, organization_id, phone, first_name) values (?, ?, '+12122000502', 'B')",
                UUID.randomUUID(), org);
        jdbc.update("""
                insert into import_chunk (import_id, writer, seq, first_row, last_row, rows_imported, rows_rejected,
                                          contacts_created) values (?, ?, 0, 2, 3, 2, 0, 2)""", id, writer);

        Api.Reply resumed = imports().start(owner, id.toString(), "{}");
        assertThat(resumed.status()).isEqualTo(202);
        JsonNode done = imports().awaitFinished(owner, id.toString());

        assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("rowsImported").asLong()).isEqualTo(4);
        assertThat(done.path("rowsRejected").asLong()).isEqualTo(1);
        assertThat(done.path("contactsCreated").asLong()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from contact where organization_id = ?", Long.class, org))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from contact where organization_id = ? and import_id = ?",
                Long.class, org, id)).as("rows of the committed chunk were not written again").isEqualTo(2);
    }
}

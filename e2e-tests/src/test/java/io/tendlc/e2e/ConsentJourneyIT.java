package io.tendlc.e2e;

import io.tendlc.e2e.Gateway.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static io.tendlc.e2e.Gateway.assertProblem;
import static io.tendlc.e2e.Gateway.get;
import static io.tendlc.e2e.Gateway.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5's walk against {@code ./platform up}, as the demo organization (verified brand, approved campaign, the
 * demo number assigned): contacts and a segment with its live count; a person texts STOP through the Twilio
 * simulator's inbound endpoint — the next message to them is refused, the opt-out confirmation went out once, and
 * the consent ledger shows the opt-out with an intact hash chain; a CSV of a million rows uploaded through the gateway
 * and imported with a live progress stream and a rejected-rows report.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsentJourneyIT {

    static final String SENDER = "+15005550006";
    static final String SIMULATOR = "http://localhost:8180";
    static final String PERSON = "+1512555" + (1000 + ThreadLocalRandom.current().nextInt(8999));
    static String access;

    @BeforeAll
    static void signIn() throws Exception {
        Reply login = post("/api/v1/auth/login", null, null,
                "{\"email\":\"demo@example.com\",\"password\":\"demo-password\"}");
        assertThat(login.status()).isEqualTo(200);
        access = login.text("accessToken");
    }

    @Test
    @Order(1)
    void contactsAreNormalisedAndASegmentCountsThemLive() throws Exception {
        String tag = "vip" + ThreadLocalRandom.current().nextInt(100000);
        Reply created = post("/api/v1/contacts", access, null,
                "{\"phone\":\"(512) 555-" + PERSON.substring(8) + "\",\"firstName\":\"Pat\",\"tags\":[\"" + tag + "\"]}");
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        assertThat(created.text("phone")).isEqualTo(PERSON);
        assertThat(created.text("timeZone")).isEqualTo("America/Chicago");
        assertThat(post("/api/v1/contacts", access, null, "{\"phone\":\"" + PERSON + "\"}").status()).isEqualTo(409);
        assertThat(post("/api/v1/contacts", access, null, "{\"phone\":\"+44 20 7946 0958\"}").status()).isEqualTo(422);
        assertThat(post("/api/v1/contacts", access, null,
                "{\"phone\":\"+1512555" + (1000 + ThreadLocalRandom.current().nextInt(8999)) + "\",\"tags\":[\"" + tag
                        + "\"]}").status()).isIn(201, 409);

        Reply count = post("/api/v1/segments/count", access, null,
                "{\"filter\":" + Gateway.JSON.writeValueAsString("tag = \"" + tag + "\"") + "}");
        assertThat(count.status()).as(count.json().toString()).isEqualTo(200);
        assertThat(count.json().path("count").asLong()).isBetween(1L, 2L);
        Reply bad = post("/api/v1/segments/count", access, null, "{\"filter\":\"tag = \"}");
        assertProblem(bad, 400);
        assertThat(bad.problemType()).isEqualTo("invalid-filter");
    }

    @Test
    @Order(2)
    void stopSuppressesAtOnceConfirmsOnceAndIsInTheLedger() throws Exception {
        Reply first = post("/api/v1/messages", access, null,
                "{\"to\":\"" + PERSON + "\",\"from\":\"" + SENDER + "\",\"body\":\"Demo Coffee Roasters: your order is ready. Reply STOP to opt out.\"}");
        assertThat(first.status()).as(first.json().toString()).isEqualTo(202);

        assertThat(inbound(PERSON, SENDER, "  Stop. ")).isEqualTo(200);
        assertThat(inbound(PERSON, SENDER, "STOP")).isEqualTo(200);

        Reply refused = post("/api/v1/messages", access, null,
                "{\"to\":\"" + PERSON + "\",\"from\":\"" + SENDER + "\",\"body\":\"Demo Coffee Roasters: one more thing\"}");
        assertProblem(refused, 422);
        assertThat(refused.problemType()).isEqualTo("recipient-opted-out");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            int confirmations = 0;
            for (JsonNode m : get("/api/v1/messages?limit=500", access, null).json()) {
                if (m.path("to").asString().equals(PERSON) && m.path("system").asBoolean()) {
                    confirmations++;
                }
            }
            assertThat(confirmations).as("opt-out confirmations sent").isEqualTo(1);
        });

        String phone = URLEncoder.encode(PERSON, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Reply history = get("/api/v1/consent?phone=" + phone, access, null);
            assertThat(history.status()).isEqualTo(200);
            assertThat(history.text("status")).isEqualTo("OPTED_OUT");
            assertThat(history.json().path("entries").get(0).path("channel").asString()).isEqualTo("SMS");
        });
        Reply chain = get("/api/v1/consent/verify", access, null);
        assertThat(chain.json().path("intact").asBoolean()).as(chain.json().toString()).isTrue();
        assertThat(chain.json().path("entries").asLong()).isPositive();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(get("/api/v1/contacts?q=" + phone, access, null).json().path("items").get(0)
                        .path("consentStatus").asString()).isEqualTo("OPTED_OUT"));
    }

    @Test
    @Order(3)
    void aMillionRowCsvImportShowsProgressAndReportsEveryRejectedRow() throws Exception {
        int rows = 1_000_000;
        String boundary = "----e2e" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        // streamed as it is generated, like a browser uploading a file of ~50 MB: never whole in memory
        Reply uploaded = Gateway.send(Gateway.request("/api/v1/imports", access, null)
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                        List.of(new ByteArrayInputStream(head), new PeopleCsv(rows), new ByteArrayInputStream(tail)))))));
        assertThat(uploaded.status()).as(uploaded.json().toString()).isEqualTo(201);
        assertThat(uploaded.json().path("suggestedMapping").toString()).contains("phone", "first_name", "email");
        String id = uploaded.text("id");

        Reply started = post("/api/v1/imports/" + id + "/start", access, null, "{\"mapping\":"
                + uploaded.json().path("suggestedMapping") + ",\"consentSource\":\"Sign-up form at https://demo.example/join\","
                + "\"attestation\":\"These people gave express written consent to receive texts from Demo Coffee Roasters.\"}");
        assertThat(started.status()).as(started.json().toString()).isEqualTo(202);

        // what the dashboard's progress bar listens to: server-sent events through the gateway, until the end
        HttpResponse<Stream<String>> events = Gateway.HTTP.send(Gateway.request("/api/v1/imports/" + id + "/events",
                        access, null).timeout(Duration.ofMinutes(5)).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(events.statusCode()).isEqualTo(200);
        List<JsonNode> progress = events.body().filter(line -> line.startsWith("data:"))
                .map(line -> Gateway.JSON.readTree(line.substring(5))).toList();
        JsonNode last = progress.getLast();
        assertThat(last.path("status").asString()).as(last.toString()).isEqualTo("COMPLETED");
        List<Double> percents = progress.stream().map(p -> p.path("percent").asDouble()).toList();
        assertThat(percents).as("a progress bar that only moves forward").isSorted().last().isEqualTo(100.0);
        assertThat(percents.stream().filter(p -> p > 0 && p < 100).distinct().count())
                .as("intermediate progress was shown").isGreaterThanOrEqualTo(2);

        int invalid = PeopleCsv.invalidRows(rows);
        Reply done = get("/api/v1/imports/" + id, access, null);
        assertThat(done.json().path("rowsTotal").asLong()).isEqualTo(rows);
        assertThat(done.json().path("rowsImported").asLong()).isEqualTo(rows - invalid);
        assertThat(done.json().path("rowsRejected").asLong()).isEqualTo(invalid);

        HttpResponse<String> rejected = Gateway.HTTP.send(Gateway.request("/api/v1/imports/" + id + "/rejections.csv",
                access, null).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.body().lines().skip(1).count()).isEqualTo(invalid);
        assertThat(rejected.body().lines().skip(1))
                .allSatisfy(line -> assertThat(line).contains("invalid phone number: no such US number", "555-0000"));

        // the imported people are contacts: found by number, with the area code's time zone
        Reply found = get("/api/v1/contacts?q=" + URLEncoder.encode("+1512200", StandardCharsets.UTF_8), access, null);
        assertThat(found.status()).isEqualTo(200);
        JsonNode first = found.json().path("items").get(0);
        assertThat(first.path("phone").asString()).startsWith("+1512200");
        assertThat(first.path("timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(first.path("consentStatus").asString()).isEqualTo("OPTED_IN");
    }

    /**
     * A spreadsheet export of {@code rows} people, generated as it is read (BOM, CRLF, quoted commas): distinct
     * Austin numbers, and every thousandth row (from the 8th) a number that is none.
     */
    static final class PeopleCsv extends InputStream {
        private final int rows;
        private int next;
        private byte[] line = "\uFEFFPhone,First name,Last name,Email\r\n".getBytes(StandardCharsets.UTF_8);
        private int pos;

        PeopleCsv(int rows) {
            this.rows = rows;
        }

        static int invalidRows(int rows) {
            return (rows + 1000 - 8) / 1000;
        }

        private boolean fill() {
            if (pos < line.length) {
                return true;
            }
            if (next == rows) {
                return false;
            }
            int i = next++;
            String row = i % 1000 == 7 ? "555-0000,Bad,Row" + i + ",\r\n"
                    : String.format("(512) %03d-%04d,\"First, %d\",Last%d,p%d@example.com\r\n",
                    200 + i / 10_000, i % 10_000, i, i, i);
            line = row.getBytes(StandardCharsets.UTF_8);
            pos = 0;
            return true;
        }

        @Override
        public int read() {
            return fill() ? line[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len && fill()) {
                int k = Math.min(len - n, line.length - pos);
                System.arraycopy(line, pos, b, off + n, k);
                pos += k;
                n += k;
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }

    /** A text from a handset, as the Twilio simulator delivers it: a signed inbound webhook to the platform. */
    private static int inbound(String from, String to, String body) throws Exception {
        String json = "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"body\":" + Gateway.JSON.writeValueAsString(body) + "}";
        HttpResponse<String> reply = Gateway.HTTP.send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/sim/twilio/inbound"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);
        return Gateway.parse(reply.body()).path("platformStatus").asInt();
    }
}

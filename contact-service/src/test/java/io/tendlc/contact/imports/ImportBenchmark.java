package io.tendlc.contact.imports;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not a test: the import benchmark. A generated 1,000,000-row CSV (phones in five spellings, names, emails, a tag
 * column, ~1% invalid or non-US rows, ~1% duplicate phones) is uploaded, then imported; beside it, in the same run,
 * the same contacts are loaded with a bare COPY into a table of the same shape (same indexes, unique
 * (organization_id, phone) included). Run with {@code benchmarks/contact-import.sh} (or see its command); the
 * figures are printed, never asserted — a busy machine must not fail a build.
 */
@PlatformIntegrationTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 1_000_000);
    private static final int[] AREAS = {212, 213, 305, 312, 415, 512, 617, 702, 713, 206, 303, 404, 503, 602, 214,
            718, 646, 310, 408, 469};
    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
            "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "José", "Zoë", "Chloé", "Ana"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "O'Neil", "Nguyen", "Hernández", "Lopez"};
    private static final String[] DOMAINS = {"gmail.com", "yahoo.com", "outlook.com", "example.org", "icloud.com"};
    private static final String[] TAGS = {"", "vip", "newsletter", "\"vip,newsletter\"", "promo", "\"promo;spring\""};
    private static final String[] INVALID = {"12345", "+44 20 7946 0958", "n/a", "", "+1 416 555 0199",
            "555-CALL-NOW"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void importVersusBareCopy() throws Exception {
        Path dir = Files.createTempDirectory("import-bench");
        try {
            measure(dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private void measure(Path dir) throws Exception {
        Generated warm = generate(dir.resolve("warmup.csv"), 100_000, 7);
        Generated file = generate(dir.resolve("contacts.csv"), ROWS, 42);
        log("generated %,d rows (%,d bytes): %,d invalid, %,d duplicate rows, %,d distinct contacts", ROWS,
                Files.size(file.path), file.invalid, file.duplicates, file.contacts.size());

        // warm-up: the JIT compiles the parser and the writers; PostgreSQL caches the catalog
        runImport(warm, UUID.randomUUID());
        bareCopy(warm, "bench_copy_warmup", 1);

        double copy1 = bareCopy(file, "bench_copy_1", 1);
        UUID org = UUID.randomUUID();
        Result imported = runImport(file, org);
        double copy2 = bareCopy(file, "bench_copy_2", 1);
        double copyTwo = bareCopy(file, "bench_copy_3", 2);
        searchAtAMillion(org, file);
        Result reimported = runImport(file, org); // every contact exists now: the upsert path, nothing changes
        Generated changed = generate(dir.resolve("changed.csv"), ROWS, 43); // other names, emails, tags
        Result updated = runImport(changed, org);

        double copySeconds = Math.min(copy1, copy2);
        double copyRate = file.contacts.size() / copySeconds;
        double importRate = ROWS / imported.seconds;
        log("bare COPY of the %,d contacts: %.2f s and %.2f s → best %,.0f rows/s", file.contacts.size(), copy1, copy2,
                copyRate);
        log("upload (HTTP multipart, streamed to disk): %,d bytes in %.2f s (%.0f MB/s) — not counted below",
                Files.size(file.path), imported.uploadSeconds, Files.size(file.path) / 1e6 / imported.uploadSeconds);
        log("import (start → COMPLETED, server's startedAt..finishedAt): %,d rows in %.2f s → %,.0f rows/s "
                + "(%,d imported, %,d rejected, %,d contacts created)", ROWS, imported.seconds, importRate,
                imported.status.path("rowsImported").asLong(), imported.status.path("rowsRejected").asLong(),
                imported.status.path("contactsCreated").asLong());
        log("import / bare COPY: %.0f%% (rows of the file per second vs contacts copied per second); "
                + "same data, time ratio COPY/import: %.0f%%", 100 * importRate / copyRate,
                100 * copySeconds / imported.seconds);
        log("for reference: bare COPY on two connections (the import writes on two) %.2f s → %,.0f rows/s; "
                + "import / that: %.0f%%", copyTwo, file.contacts.size() / copyTwo,
                100 * importRate / (file.contacts.size() / copyTwo));
        log("re-import of the same file into the same organization (all %,d contacts exist: COPY into staging + "
                + "INSERT … ON CONFLICT DO UPDATE): %.2f s → %,.0f rows/s (%,d created)", file.contacts.size(),
                reimported.seconds, ROWS / reimported.seconds, reimported.status.path("contactsCreated").asLong());
        log("import of a file with other names/emails/tags for (nearly) the same phones — updates almost every "
                + "contact: %.2f s → %,.0f rows/s (%,d created)", updated.seconds, ROWS / updated.seconds,
                updated.status.path("contactsCreated").asLong());
        assertThat(imported.status.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(imported.status.path("contactsCreated").asLong()).isEqualTo(file.contacts.size());
    }

    /** Contact search and segment counts in the organization the import filled (median of 11, after 3 unmeasured). */
    private void searchAtAMillion(UUID org, Generated file) {
        Api api = Api.at(port);
        String token = TestTokens.user(org, "OWNER");
        String somePhone = "+1" + file.contacts.keySet().stream().skip(file.contacts.size() / 2).findFirst()
                .orElseThrow();
        String firstPage = api.get("/api/v1/contacts?limit=50", token).json().path("nextCursor").asString();
        Map<String, java.util.function.Supplier<Api.Reply>> calls = new LinkedHashMap<>();
        calls.put("first page of 50, newest first", () -> api.get("/api/v1/contacts?limit=50", token));
        calls.put("next page (keyset cursor)", () -> api.get("/api/v1/contacts?limit=50&cursor=" + firstPage, token));
        calls.put("q = a phone prefix of 9 digits", () -> api.get("/api/v1/contacts?limit=50&q="
                + somePhone.substring(2, 11), token));
        calls.put("q = a first-name prefix matching ~1/18 of them", () -> api.get("/api/v1/contacts?limit=50&q=Zo",
                token));
        calls.put("q = an email prefix", () -> api.get("/api/v1/contacts?limit=50&q=mary.4242", token));
        calls.put("segment count: tag = \"vip\"", () -> api.post("/api/v1/segments/count", token,
                "{\"filter\": \"tag = \\\"vip\\\"\"}"));
        calls.put("segment count: first_name = \"Ana\" and tag = \"promo\"", () -> api.post("/api/v1/segments/count",
                token, "{\"filter\": \"first_name = \\\"Ana\\\" and tag = \\\"promo\\\"\"}"));
        for (Map.Entry<String, java.util.function.Supplier<Api.Reply>> call : calls.entrySet()) {
            double[] ms = new double[11];
            String outcome = "";
            for (int i = -3; i < ms.length; i++) {
                long t0 = System.nanoTime();
                Api.Reply reply = call.getValue().get();
                double elapsed = (System.nanoTime() - t0) / 1e6;
                assertThat(reply.status()).as(call.getKey() + ": " + reply.body()).isEqualTo(200);
                if (i >= 0) {
                    ms[i] = elapsed;
                }
                JsonNode json = reply.json();
                outcome = json.has("count") ? "count " + json.path("count").asLong()
                        : json.path("items").size() + " contacts";
            }
            java.util.Arrays.sort(ms);
            log("search at %,d contacts — %s: median %.1f ms, max %.1f ms (%s)", file.contacts.size(), call.getKey(),
                    ms[ms.length / 2], ms[ms.length - 1], outcome);
        }
    }

    record Result(double uploadSeconds, double seconds, JsonNode status) {
    }

    private Result runImport(Generated file, UUID org) throws Exception {
        String token = TestTokens.user(org, "OWNER");
        long t0 = System.nanoTime();
        JsonNode uploaded = upload(token, file.path);
        double upload = (System.nanoTime() - t0) / 1e9;
        Api api = Api.at(port);
        String id = uploaded.path("id").asString();
        Api.Reply started = api.post("/api/v1/imports/" + id + "/start", token, "{\"mapping\": "
                + uploaded.path("suggestedMapping") + "}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode[] status = new JsonNode[1];
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            status[0] = api.get("/api/v1/imports/" + id, token).json();
            return !status[0].path("status").asString().equals("RUNNING");
        });
        double seconds = Duration.between(java.time.Instant.parse(status[0].path("startedAt").asString()),
                java.time.Instant.parse(status[0].path("finishedAt").asString())).toNanos() / 1e9;
        return new Result(upload, seconds, status[0]);
    }

    private JsonNode upload(String token, Path file) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }

    /**
     * The same contacts with COPY into a fresh table shaped like contact (its indexes included), on one connection or
     * split between several the way the import splits them; the COPY text is prepared before the clock starts.
     */
    private double bareCopy(Generated file, String table, int connections) throws Exception {
        UUID org = UUID.randomUUID();
        CopyBuffer[] data = new CopyBuffer[connections];
        for (int k = 0; k < connections; k++) {
            data[k] = new CopyBuffer(file.contacts.size() * 120 / connections);
        }
        for (Map.Entry<Long, String[]> e : file.contacts.entrySet()) {
            String[] c = e.getValue();
            CopyBuffer d = data[ImportJob.writerOf(e.getKey(), connections)];
            d.plain(ImportJob.uuidV7()).plain(org.toString()).plain("+1" + e.getKey()).text(c[0]).text(c[1])
                    .text(c[2]).text(RowEncoder.tags(c[3]) == null ? "{}" : RowEncoder.tags(c[3]));
            d.endRow();
        }
        jdbc.execute("drop table if exists " + table);
        jdbc.execute("create table " + table + " (like contact including all)");
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (CopyBuffer d : data) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table
                            + " (id, organization_id, phone, first_name, last_name, email, tags) from stdin");
                    in.writeToCopy(d.bytes(), 0, d.length());
                    in.endCopy();
                    connection.commit();
                    connection.setAutoCommit(true);
                } catch (Exception e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(failures).isEmpty();
        jdbc.execute("drop table " + table);
        return seconds;
    }

    /** The rows of a generated file and, for the bare COPY, its final contacts (last row of a phone wins). */
    record Generated(Path path, int invalid, int duplicates, Map<Long, String[]> contacts) {
    }

    private static Generated generate(Path path, int rows, long seed) throws Exception {
        Random random = new Random(seed);
        Map<Long, String[]> contacts = new LinkedHashMap<>(rows * 2);
        long[] issued = new long[rows];
        int issuedCount = 0;
        int invalid = 0;
        int duplicates = 0;
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            out.write("Phone,First Name,Last Name,Email,Tags\r\n");
            for (int i = 0; i < rows; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String email = first.toLowerCase() + "." + i + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
                String tags = TAGS[random.nextInt(TAGS.length)];
                int dice = random.nextInt(100);
                String phone;
                long national;
                if (dice == 0) {
                    invalid++;
                    out.write(INVALID[random.nextInt(INVALID.length)] + "," + first + "," + last + "," + email + ","
                            + tags + "\r\n");
                    continue;
                }
                if (dice == 1 && issuedCount > 0) {
                    duplicates++;
                    national = issued[random.nextInt(issuedCount)];
                } else {
                    int area = AREAS[i % AREAS.length];
                    int rest = i / AREAS.length;
                    national = area * 10_000_000L + (201 + rest / 10_000) * 10_000L + rest % 10_000;
                    issued[issuedCount++] = national;
                }
                phone = spell(national, random.nextInt(5));
                String lastField = last.contains("'") && random.nextBoolean() ? "\"" + last + ", Jr.\"" : last;
                out.write(phone + "," + first + "," + lastField + "," + email + "," + tags + "\r\n");
                contacts.remove(national); // keep insertion order = order of the final row
                String storedLast = lastField.startsWith("\"") ? last + ", Jr." : last;
                String tagCell = tags.startsWith("\"") ? tags.substring(1, tags.length() - 1) : tags;
                contacts.put(national, new String[] {first, storedLast, email, tagCell.isEmpty() ? null : tagCell});
            }
        }
        return new Generated(path, invalid, duplicates, contacts);
    }

    private static String spell(long national, int style) {
        String n = Long.toString(national);
        String a = n.substring(0, 3);
        String e = n.substring(3, 6);
        String l = n.substring(6);
        return switch (style) {
            case 0 -> "(" + a + ") " + e + "-" + l;
            case 1 -> a + "-" + e + "-" + l;
            case 2 -> "+1" + n;
            case 3 -> n;
            default -> "1 " + a + " " + e + " " + l;
        };
    }

    private static void log(String format, Object... args) {
        System.out.println("[import-benchmark] " + String.format(format, args));
    }
}

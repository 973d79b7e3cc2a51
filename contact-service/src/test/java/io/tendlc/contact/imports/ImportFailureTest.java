package io.tendlc.contact.imports;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nothing is lost when an import fails: whole chunks only, FAILED with the error, and a restart resumes. */
@PlatformIntegrationTest
class ImportFailureTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final UUID org = UUID.randomUUID();
    final String owner = TestTokens.user(org, "OWNER");

    @AfterEach
    void dropTheSabotage() {
        jdbc.execute("drop trigger if exists import_sabotage on contact");
        jdbc.execute("drop function if exists import_sabotage()");
    }

    @Test
    void aDatabaseErrorFailsTheImportWithWholeChunksAppliedAndStartingAgainFinishesIt() {
        // a database that refuses one row (as a constraint or a full disk would) in the middle of the file
        int rows = 50_000;
        Imports imports = new Imports(Api.at(port));
        String id = uploadWithSabotage(imports, rows, 40_000, "raise exception 'refused'");
        imports.start(owner, id, "{\"mapping\": {\"phone\": \"phone\", \"first_name\": \"first_name\"}}");
        JsonNode failed = imports.awaitFinished(owner, id);

        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("error").asString()).startsWith("database error (SQLSTATE P0001)")
                .doesNotContain("SABOTAGE").doesNotContain("+1212");
        long applied = count();
        long committed = jdbc.queryForObject("select coalesce(sum(rows_imported), 0) from import_chunk where import_id = ?",
                Long.class, UUID.fromString(id));
        assertThat(applied).as("whole chunks only, and import_chunk says which").isEqualTo(committed)
                .isEqualTo(failed.path("rowsImported").asLong()).isGreaterThan(0).isLessThan(rows);

        jdbc.execute("drop trigger import_sabotage on contact");
        assertThat(imports.start(owner, id, "{}").status()).isEqualTo(202);
        JsonNode done = imports.awaitFinished(owner, id);
        assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("rowsImported").asLong()).isEqualTo(rows);
        assertThat(done.path("contactsCreated").asLong()).isEqualTo(rows);
        assertThat(count()).isEqualTo(rows);
        // 50,000 new contacts: the planner's statistics are refreshed at once, not whenever autovacuum comes by
        java.sql.Timestamp finished = java.sql.Timestamp.from(
                java.time.Instant.parse(done.path("finishedAt").asString()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select last_analyze from pg_stat_user_tables where relname = 'contact'", java.sql.Timestamp.class))
                .isAfterOrEqualTo(new java.sql.Timestamp(finished.getTime() - 1000)));
    }

    @Test
    void aStoppedImportKeepsWhatItCommittedAndResumesWhenStartedAgain() {
        // a database slow on one row in the middle of the file, so the import is still running when stopped
        int rows = 50_000;
        Imports imports = new Imports(Api.at(port));
        String id = uploadWithSabotage(imports, rows, 30_000, "perform pg_sleep(3)");
        assertThat(imports.start(owner, id, "{\"mapping\": {\"phone\": \"phone\", \"first_name\": \"first_name\"}}")
                .status()).isEqualTo(202);
        Api.Reply stop = Api.at(port).post("/api/v1/imports/" + id + "/stop", owner, "");
        assertThat(stop.status()).isEqualTo(202);
        JsonNode stopped = imports.awaitFinished(owner, id);

        assertThat(stopped.path("status").asString()).isEqualTo("FAILED");
        assertThat(stopped.path("error").asString()).startsWith("stopped on request");
        assertThat(count()).as("what was committed stays").isEqualTo(stopped.path("rowsImported").asLong())
                .isLessThan(rows);
        assertThat(Api.at(port).post("/api/v1/imports/" + id + "/stop", owner, "").text("type"))
                .isEqualTo("https://tendlc.io/problems/import-not-running");

        jdbc.execute("drop trigger import_sabotage on contact");
        assertThat(imports.start(owner, id, "{}").status()).isEqualTo(202);
        JsonNode done = imports.awaitFinished(owner, id);
        assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("rowsImported").asLong()).isEqualTo(rows);
        assertThat(count()).isEqualTo(rows);
    }

    @Test
    void anImportWhoseInstanceDiedIsMarkedFailed() {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into contact_import (id, organization_id, file_name, status, created_by, started_at, heartbeat_at)
                values (?, ?, 'lost.csv', 'RUNNING', 'someone', now() - interval '10 minutes',
                        now() - interval '5 minutes')""", id, org);
        await().atMost(Duration.ofSeconds(40)).until(() -> "FAILED".equals(
                Api.at(port).get("/api/v1/imports/" + id, owner).text("status")));
        assertThat(Api.at(port).get("/api/v1/imports/" + id, owner).text("error")).startsWith("interrupted");
    }

    /**
     * Uploads {@code rows} contacts; the database does {@code action} (PL/pgSQL) when it inserts the one of row
     * {@code at}: fails as a constraint or a full disk would, or is slow.
     */
    private String uploadWithSabotage(Imports imports, int rows, int at, String action) {
        jdbc.execute("""
                create or replace function import_sabotage() returns trigger language plpgsql as $$
                begin
                    if new.first_name = 'SABOTAGE' then %s; end if;
                    return new;
                end $$""".formatted(action));
        jdbc.execute("create trigger import_sabotage before insert on contact for each row execute function import_sabotage()");
        StringBuilder csv = new StringBuilder("phone,first_name\n");
        for (int i = 0; i < rows; i++) {
            csv.append(Imports.phone(i)).append(',').append(i == at ? "SABOTAGE" : "P" + i).append('\n');
        }
        return imports.upload(owner, csv.toString().getBytes(StandardCharsets.UTF_8), "contacts.csv").text("id");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from contact where organization_id = ?", Long.class, org);
    }
}

package io.tendlc.contact.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** contact_import and its chunks; every read is scoped to the organization. */
@Repository
class ImportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, organization_id, file_name, status, list_id, consent_source, attestation, mapping::text as mapping,
            header::text as header, delimiter, encoding, stored_file, rows_total, rows_imported, rows_rejected,
            rows_duplicate,
            contacts_created, bytes_total, bytes_read, error, created_by, created_at, started_at, finished_at,
            phones_sha256""";

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertUploaded(UUID id, UUID organizationId, String fileName, String storedFile, long bytes,
                        CsvFormat format, String createdBy) {
        jdbc.update("""
                insert into contact_import (id, organization_id, file_name, status, stored_file, delimiter, encoding,
                                            header, bytes_total, created_by)
                values (?, ?, ?, 'UPLOADED', ?, ?, ?, ?::jsonb, ?, ?)""",
                id, organizationId, fileName, storedFile, String.valueOf(format.delimiter()), format.charset().name(),
                JSON.writeValueAsString(format.header()), bytes, createdBy);
    }

    Optional<ImportRecord> find(UUID organizationId, UUID id) {
        return jdbc.query("select " + COLUMNS + " from contact_import where id = ? and organization_id = ?",
                MAPPER, id, organizationId).stream().findFirst();
    }

    List<ImportRecord> list(UUID organizationId, int limit) {
        return jdbc.query("select " + COLUMNS + " from contact_import where organization_id = ? "
                + "order by created_at desc, id limit ?", MAPPER, organizationId, limit);
    }

    /** UPLOADED (or FAILED, to resume) → RUNNING; false when another request got there first. */
    boolean markRunning(UUID organizationId, UUID id, String fromStatus, Map<String, String> mapping, UUID listId,
                        String consentSource, String attestation) {
        return jdbc.update("""
                update contact_import set status = 'RUNNING', mapping = ?::jsonb, list_id = ?, consent_source = ?,
                       attestation = ?, error = null, started_at = now(), finished_at = null, heartbeat_at = now(),
                       stop_requested = false
                where id = ? and organization_id = ? and status = ?""",
                JSON.writeValueAsString(mapping), listId, consentSource, attestation, id, organizationId,
                fromStatus) == 1;
    }

    void progress(UUID id, long imported, long rejected, long created, long duplicates, long bytesRead) {
        jdbc.update("""
                update contact_import set rows_imported = ?, rows_rejected = ?, contacts_created = ?,
                       rows_duplicate = ?, bytes_read = ?, heartbeat_at = now()
                where id = ? and status = 'RUNNING'""", imported, rejected, created, duplicates, bytesRead, id);
    }

    /** Refreshes the heartbeat of these running imports; answers those someone asked to stop. */
    List<UUID> heartbeat(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                update contact_import set heartbeat_at = now() where status = 'RUNNING' and id = any(?)
                returning case when stop_requested then id end""", UUID.class, (Object) ids.toArray(UUID[]::new))
                .stream().filter(Objects::nonNull).toList();
    }

    /** False when the import is not RUNNING (any more). */
    boolean requestStop(UUID organizationId, UUID id) {
        return jdbc.update("""
                update contact_import set stop_requested = true
                where id = ? and organization_id = ? and status = 'RUNNING'""", id, organizationId) == 1;
    }

    void complete(UUID id, long total, long imported, long rejected, long created, long duplicates, long bytes,
                  String sha256) {
        jdbc.update("""
                update contact_import set status = 'COMPLETED', rows_total = ?, rows_imported = ?, rows_rejected = ?,
                       contacts_created = ?, rows_duplicate = ?, bytes_read = ?, phones_sha256 = ?,
                       finished_at = now(), heartbeat_at = null
                where id = ?""", total, imported, rejected, created, duplicates, bytes, sha256, id);
    }

    /**
     * FAILED, with the counters recomputed from the committed chunks, so the import says exactly what of the file
     * is applied.
     */
    int fail(UUID id, String error, String onlyIfStatus) {
        return jdbc.update("""
                update contact_import i set status = 'FAILED', error = ?, finished_at = now(), heartbeat_at = null,
                       rows_imported = coalesce(c.imported, 0), rows_rejected = coalesce(c.rejected, 0),
                       contacts_created = coalesce(c.created, 0)
                from (select sum(rows_imported) imported, sum(rows_rejected) rejected, sum(contacts_created) created
                      from import_chunk where import_id = ?) c
                where i.id = ? and i.status = ?""", error, id, id, onlyIfStatus);
    }

    /** RUNNING imports whose heartbeat stopped: their instance died. */
    List<UUID> stale(java.time.Duration staleAfter, Set<UUID> ownedHere) {
        return jdbc.queryForList("""
                select id from contact_import where status = 'RUNNING'
                and coalesce(heartbeat_at, started_at) < now() - make_interval(secs => ?)""",
                UUID.class, staleAfter.toMillis() / 1000.0).stream().filter(id -> !ownedHere.contains(id)).toList();
    }

    /** For the background sweep only (no caller): the organization an import belongs to. */
    UUID organizationOf(UUID id) {
        return jdbc.queryForList("select organization_id from contact_import where id = ?", UUID.class, id).stream()
                .findFirst().orElse(null);
    }

    /** What earlier runs of this import committed: per writer, the last row applied. */
    Committed committed(UUID id) {
        Map<Integer, Long> lastRow = new HashMap<>();
        Map<Integer, Integer> lastSeq = new HashMap<>();
        long[] sums = new long[3];
        jdbc.query("""
                select writer, max(last_row) last_row, max(seq) seq, sum(rows_imported) imported,
                       sum(rows_rejected) rejected, sum(contacts_created) created
                from import_chunk where import_id = ? group by writer""", rs -> {
            lastRow.put(rs.getInt("writer"), rs.getLong("last_row"));
            lastSeq.put(rs.getInt("writer"), rs.getInt("seq"));
            sums[0] += rs.getLong("imported");
            sums[1] += rs.getLong("rejected");
            sums[2] += rs.getLong("created");
        }, id);
        return new Committed(lastRow, lastSeq, sums[0], sums[1], sums[2]);
    }

    record Committed(Map<Integer, Long> lastRow, Map<Integer, Integer> lastSeq, long imported, long rejected,
                     long created) {
        long lastRow(int writer) {
            return lastRow.getOrDefault(writer, 0L);
        }

        int nextSeq(int writer) {
            return lastSeq.getOrDefault(writer, -1) + 1;
        }
    }

    Set<String> customFieldKeys(UUID organizationId) {
        return Set.copyOf(customFieldTypes(organizationId).keySet());
    }

    Map<String, String> customFieldTypes(UUID organizationId) {
        Map<String, String> types = new HashMap<>();
        jdbc.query("select key, type from custom_field where organization_id = ?",
                rs -> {
                    types.put(rs.getString(1), rs.getString(2));
                }, organizationId);
        return types;
    }

    boolean listExists(UUID organizationId, UUID listId) {
        return !jdbc.queryForList("select 1 from contact_list where id = ? and organization_id = ?", Integer.class,
                listId, organizationId).isEmpty();
    }

    private static final RowMapper<ImportRecord> MAPPER = ImportStore::map;

    private static ImportRecord map(ResultSet rs, int n) throws SQLException {
        String delimiter = rs.getString("delimiter");
        return new ImportRecord(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("file_name"), rs.getString("status"), rs.getObject("list_id", UUID.class),
                rs.getString("consent_source"), rs.getString("attestation"),
                JSON.readValue(rs.getString("mapping"), new TypeReference<java.util.LinkedHashMap<String, String>>() { }),
                JSON.readValue(rs.getString("header"), new TypeReference<List<String>>() { }),
                delimiter == null || delimiter.isEmpty() ? ',' : delimiter.charAt(0),
                java.nio.charset.Charset.forName(rs.getString("encoding")), rs.getString("stored_file"),
                rs.getLong("rows_total"), rs.getLong("rows_imported"), rs.getLong("rows_rejected"),
                rs.getLong("rows_duplicate"), rs.getLong("contacts_created"), rs.getLong("bytes_total"),
                rs.getLong("bytes_read"), rs.getString("error"), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), rs.getString("phones_sha256"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

package io.tendlc.contact.imports;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One database connection of an import; each chunk is one transaction.
 *
 * <p>Fast path: the chunk's fresh rows (first time their phone appears in the file) are copied straight into
 * contact with COPY — as fast as PostgreSQL loads rows. If one of them already exists (a re-import, a contact
 * created meanwhile), the unique index refuses the COPY: the transaction is rolled back and the chunk takes the
 * upsert path — COPY into a temporary staging table, then {@code INSERT … ON CONFLICT (organization_id, phone)
 * DO UPDATE} — which this writer keeps using for a few chunks before trying the fast path again. Repeated phones
 * (a later row of a phone) always go through the upsert, one round per occurrence, so rows apply in file order and
 * the last one wins. The chunk's rejections and its import_chunk row commit with it.
 */
final class ChunkWriter implements Runnable {

    /** Chunks a writer stays on the upsert path after the fast path met existing contacts. */
    private static final int UPSERT_STREAK = 8;

    private static final String STAGING = "create temp table import_staging "
            + "(like contact including defaults, occurrence int not null default 1) on commit delete rows";

    /**
     * Imports fill and update; they never erase a value, never override an opt-out, and an area code's zone never
     * replaces a zone the contact has. A row that would change nothing is left alone (a re-imported file costs reads,
     * not new row versions). Sorting by phone locks rows in the same order in every transaction (no deadlock between
     * writers or imports).
     */
    private static final String UPSERT = """
            insert into contact as c %1$s
            select s.id, s.organization_id, s.phone, s.first_name, s.last_name, s.email, s.time_zone,
                   s.time_zone_derived, s.custom_fields, s.tags, s.consent_status, s.consent_source, s.consent_at, s.import_id
            from import_staging s
            where s.occurrence = ?
            order by s.phone
            on conflict (organization_id, phone) do update set
                first_name = coalesce(excluded.first_name, c.first_name),
                last_name = coalesce(excluded.last_name, c.last_name),
                email = coalesce(excluded.email, c.email),
                time_zone = case when excluded.time_zone is null or (excluded.time_zone_derived and c.time_zone is not null)
                                 then c.time_zone else excluded.time_zone end,
                time_zone_derived = case when excluded.time_zone is null
                                              or (excluded.time_zone_derived and c.time_zone is not null)
                                         then c.time_zone_derived else excluded.time_zone_derived end,
                custom_fields = c.custom_fields || excluded.custom_fields,
                tags = case when cardinality(excluded.tags) = 0 then c.tags
                            else array(select distinct t from unnest(c.tags || excluded.tags) t order by t) end,
                consent_status = case when c.consent_status = 'OPTED_OUT' or excluded.consent_status = 'NONE'
                                      then c.consent_status else excluded.consent_status end,
                consent_source = case when c.consent_status = 'OPTED_OUT' or excluded.consent_status = 'NONE'
                                      then c.consent_source else excluded.consent_source end,
                consent_at = case when c.consent_status = 'OPTED_OUT' or excluded.consent_status = 'NONE'
                                  then c.consent_at else excluded.consent_at end,
                import_id = excluded.import_id,
                updated_at = now()
            where (excluded.first_name is not null and excluded.first_name is distinct from c.first_name)
               or (excluded.last_name is not null and excluded.last_name is distinct from c.last_name)
               or (excluded.email is not null and excluded.email is distinct from c.email)
               or (excluded.time_zone is not null and excluded.time_zone is distinct from c.time_zone
                   and (not excluded.time_zone_derived or c.time_zone is null))
               or not (c.custom_fields @> excluded.custom_fields)
               or not (c.tags @> excluded.tags)
               or (c.consent_status <> 'OPTED_OUT' and excluded.consent_status <> 'NONE'
                   and (c.consent_status, c.consent_source) is distinct from
                       (excluded.consent_status, excluded.consent_source))
            returning c.id, (c.xmax = 0) as created""".formatted(RowEncoder.CONTACT_COLUMNS);

    private static final String COUNT_CREATED = "with up as (" + UPSERT + ") select count(*) filter (where created) from up";
    /** After the upsert rounds: the staged contacts, changed or not, join the list. */
    private static final String STAGED_MEMBERS = """
            insert into list_member (list_id, contact_id)
            select ?, c.id from import_staging s
            join contact c on c.organization_id = s.organization_id and c.phone = s.phone
            on conflict do nothing""";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final ImportRecord job;
    private final BlockingQueue<Chunk> queue;
    private final JobProgress progress;
    private int upsertChunksLeft;

    ChunkWriter(DataSource dataSource, ImportRecord job, BlockingQueue<Chunk> queue, JobProgress progress) {
        this.dataSource = dataSource;
        this.job = job;
        this.queue = queue;
        this.progress = progress;
    }

    @Override
    public void run() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                write(connection);
            } catch (Exception | Error e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (Throwable t) {
            progress.fail(t);
        }
    }

    private void write(Connection connection) throws Exception {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement st = connection.createStatement()) {
            st.execute("drop table if exists pg_temp.import_staging"); // pooled connections outlive versions
            st.execute(STAGING);
        }
        connection.commit();
        try (PreparedStatement upsert = connection.prepareStatement(COUNT_CREATED);
             PreparedStatement members = connection.prepareStatement(STAGED_MEMBERS);
             PreparedStatement chunkRow = connection.prepareStatement("""
                     insert into import_chunk (import_id, writer, seq, first_row, last_row, rows_imported,
                                               rows_rejected, contacts_created) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            if (job.listId() != null) {
                members.setObject(1, job.listId());
            }
            while (true) {
                long t0 = System.nanoTime();
                Chunk chunk = next();
                progress.writerIdleNanos.addAndGet(System.nanoTime() - t0);
                if (chunk == Chunk.END) {
                    return;
                }
                long created = 0;
                BitSet rounds = (BitSet) chunk.repeatOccurrences.clone();
                if (chunk.freshRows > 0) {
                    long copied = upsertChunksLeft > 0 ? -1 : copyFresh(connection, copy, chunk);
                    if (copied >= 0) {
                        created += copied;
                    } else {
                        upsertChunksLeft = upsertChunksLeft > 0 ? upsertChunksLeft - 1 : UPSERT_STREAK;
                        long t1 = System.nanoTime();
                        copyIn(copy, "copy import_staging " + RowEncoder.CONTACT_COLUMNS + " from stdin", chunk.fresh);
                        progress.stagingCopyNanos.addAndGet(System.nanoTime() - t1);
                        rounds.set(1);
                    }
                }
                if (chunk.repeatRows > 0) {
                    long t1 = System.nanoTime();
                    copyIn(copy, "copy import_staging " + RowEncoder.CONTACT_COLUMNS.replace(")", ", occurrence)")
                            + " from stdin", chunk.repeats);
                    progress.stagingCopyNanos.addAndGet(System.nanoTime() - t1);
                }
                long t2 = System.nanoTime();
                for (int o = rounds.nextSetBit(0); o >= 0; o = rounds.nextSetBit(o + 1)) {
                    upsert.setInt(1, o);
                    try (ResultSet rs = upsert.executeQuery()) {
                        rs.next();
                        created += rs.getLong(1);
                    }
                }
                if (job.listId() != null && !rounds.isEmpty()) {
                    members.executeUpdate();
                }
                progress.upsertNanos.addAndGet(System.nanoTime() - t2);
                if (chunk.rejected > 0) {
                    copyIn(copy, "copy import_rejection (import_id, row_number, reason, raw) from stdin",
                            chunk.rejections);
                }
                long t3 = System.nanoTime();
                chunkRow.setObject(1, job.id());
                chunkRow.setInt(2, chunk.writer);
                chunkRow.setInt(3, chunk.seq);
                chunkRow.setLong(4, chunk.firstRow);
                chunkRow.setLong(5, chunk.lastRow);
                chunkRow.setLong(6, chunk.rows());
                chunkRow.setLong(7, chunk.rejected);
                chunkRow.setLong(8, created);
                chunkRow.executeUpdate();
                connection.commit();
                progress.commitNanos.addAndGet(System.nanoTime() - t3);
                progress.committed(chunk.rows(), chunk.rejected, created);
            }
        }
    }

    /** COPY straight into contact (and list_member); -1 (rolled back) when a phone already exists. */
    private long copyFresh(Connection connection, CopyManager copy, Chunk chunk) throws SQLException {
        long t0 = System.nanoTime();
        try {
            long copied = copyIn(copy, "copy contact " + RowEncoder.CONTACT_COLUMNS + " from stdin", chunk.fresh);
            if (job.listId() != null) {
                copyIn(copy, "copy list_member (list_id, contact_id) from stdin", chunk.members);
            }
            progress.directCopyNanos.addAndGet(System.nanoTime() - t0);
            return copied;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback();
            progress.directCopyNanos.addAndGet(System.nanoTime() - t0);
            return -1;
        }
    }

    private Chunk next() throws InterruptedException {
        while (true) {
            if (progress.failure() != null) { // another writer failed, or a stop was asked for: commit no more
                throw new IllegalStateException("import aborted: " + progress.failure().getMessage());
            }
            Chunk chunk = queue.poll(200, TimeUnit.MILLISECONDS);
            if (chunk != null) {
                return chunk;
            }
            if (progress.failure() != null) {
                throw new IllegalStateException("import aborted: " + progress.failure().getMessage());
            }
        }
    }

    private static long copyIn(CopyManager copy, String sql, CopyBuffer data) throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(data.bytes(), 0, data.length());
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }
}

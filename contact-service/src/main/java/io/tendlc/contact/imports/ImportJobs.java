package io.tendlc.contact.imports;

import io.tendlc.platform.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

/**
 * Runs imports in the background, a few at a time, and keeps them honest: their progress (and heartbeat) is
 * written every {@code progressInterval}, and a RUNNING import whose heartbeat stopped — its instance died — is
 * marked FAILED with what it had committed, so it can be started again to resume.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportStore store;
    private final ImportCompletion completion;
    private final DataSource dataSource;
    private final ImportProperties properties;
    private final ExecutorService jobs;
    private final ScheduledExecutorService ticker;
    private final Map<UUID, JobProgress> inFlight = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    ImportJobs(ImportStore store, ImportCompletion completion, DataSource dataSource, ImportProperties properties) {
        this.store = store;
        this.completion = completion;
        this.dataSource = dataSource;
        this.properties = properties;
        this.jobs = Executors.newFixedThreadPool(properties.concurrentImports(),
                Thread.ofPlatform().name("import-job-", 0).factory());
        this.ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("import-progress").daemon()
                .factory());
        long tick = properties.progressInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::writeProgress, tick, tick, TimeUnit.MILLISECONDS);
        long sweep = Math.max(1000, properties.staleAfter().toMillis() / 4);
        ticker.scheduleWithFixedDelay(this::failStale, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    void submit(ImportRecord job, FieldMapping mapping) {
        JobProgress progress = new JobProgress();
        inFlight.put(job.id(), progress);
        jobs.execute(() -> run(job, mapping, progress));
    }

    /** The live counters of an import running on this instance (fresher than the database's). */
    JobProgress live(UUID id) {
        return inFlight.get(id);
    }

    private void run(ImportRecord job, FieldMapping mapping, JobProgress progress) {
        long started = System.nanoTime();
        try {
            ImportStore.Committed committed = store.committed(job.id());
            progress.base(committed);
            progress.started = true;
            ImportJob.Outcome outcome = new ImportJob(dataSource, job, mapping, committed, progress,
                    properties.writers(), properties.chunkRows()).run();
            completion.completed(job, outcome, progress);
            Files.deleteIfExists(Path.of(job.storedFile()));
            refreshStatistics(progress.created.get());
            long ms = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            log.info("Import {} completed: {} rows ({} imported, {} rejected) in {} ms, {} rows/s; {}", job.id(),
                    outcome.rowsTotal(), progress.imported.get(), progress.rejected.get(), ms,
                    outcome.rowsTotal() * 1000 / ms, progress.timings());
        } catch (Throwable t) {
            String error = describe(t);
            log.warn("Import {} failed: {}", job.id(), error);
            try {
                completion.failed(job.organizationId(), job.id(), job.createdBy(), error);
            } catch (RuntimeException e) {
                // the stale-import sweep of a live instance marks it FAILED later
                log.error("Import {} could not be marked FAILED", job.id(), e);
            }
        } finally {
            inFlight.remove(job.id());
        }
    }

    /**
     * After a large import the planner's statistics of contact are stale until autovacuum gets to it (up to a minute
     * or more): searches and segment counts right after an import would be planned for the table as it was.
     */
    private void refreshStatistics(long contactsCreated) {
        if (contactsCreated < properties.analyzeAfter()) {
            return;
        }
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("analyze contact, list_member");
        } catch (SQLException e) {
            log.warn("Could not refresh the statistics of contact after an import: {}", e.toString());
        }
    }

    /** The failure without row data (no phone numbers or names in an error stored or logged). */
    static String describe(Throwable t) {
        Throwable cause = t instanceof ImportJob.ImportFailedException && t.getCause() != null ? t.getCause() : t;
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof StopRequested) {
                return "stopped on request — committed chunks are kept; start the import again to resume after the "
                        + "last committed row";
            }
            if (c instanceof InterruptedException || c instanceof java.nio.channels.ClosedByInterruptException) {
                return "interrupted: the service stopped during the import — committed chunks are kept; "
                        + "start the import again to resume after the last committed row";
            }
            if (c instanceof SQLException sql) {
                return "database error (SQLSTATE " + sql.getSQLState() + ") — committed chunks are kept; "
                        + "start the import again to resume after the last committed row";
            }
            if (c instanceof IOException io) {
                return "could not read the uploaded file (" + io.getClass().getSimpleName() + ")";
            }
            if (c instanceof de.siegmar.fastcsv.reader.CsvParseException) {
                return "the file is not valid CSV: " + c.getMessage();
            }
        }
        return "unexpected error (" + cause.getClass().getSimpleName() + ")";
    }

    private void writeProgress() {
        try {
            for (Map.Entry<UUID, JobProgress> e : inFlight.entrySet()) {
                JobProgress p = e.getValue();
                if (p.started) {
                    store.progress(e.getKey(), p.imported.get(), p.rejected.get(), p.created.get(), p.duplicates,
                            p.bytesRead);
                }
            }
            for (UUID id : store.heartbeat(inFlight.keySet())) {
                JobProgress p = inFlight.get(id);
                if (p != null) {
                    p.fail(new StopRequested());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not write import progress: {}", e.toString());
        }
    }

    private void failStale() {
        if (stopping) {
            return;
        }
        try {
            for (UUID id : store.stale(properties.staleAfter(), inFlight.keySet())) {
                UUID organizationId = store.organizationOf(id);
                if (organizationId != null && completion.failed(organizationId, id, "system",
                        "interrupted: the instance running this import stopped — committed chunks are kept; "
                                + "start the import again to resume after the last committed row")) {
                    log.warn("Import {} was interrupted and is marked FAILED", id);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for interrupted imports: {}", e.toString());
        }
    }

    /** Someone asked to stop the import: the parser and the writers end after their current chunk. */
    static final class StopRequested extends RuntimeException {
        StopRequested() {
            super("stop requested", null, false, false);
        }
    }

    void requireCapacity() {
        if (stopping) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "shutting-down", "Shutting down",
                    "This instance is stopping; try again in a moment.");
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        ticker.shutdownNow();
        jobs.shutdownNow(); // interrupts parsers; their writers roll back the open chunk, the import is FAILED
        jobs.awaitTermination(20, TimeUnit.SECONDS);
    }
}

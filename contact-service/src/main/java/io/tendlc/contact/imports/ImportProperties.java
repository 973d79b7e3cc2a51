package io.tendlc.contact.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param storageDirectory  where uploaded files are kept until their import completes (a shared volume when the
 *                          service runs as several replicas: the job runs where {@code start} was called)
 * @param chunkRows         rows per committed chunk (per writer): the unit of progress and of crash recovery
 * @param writers           database connections writing one import in parallel; rows are partitioned between
 *                          them by phone number, so one number's rows stay in file order on one connection
 * @param concurrentImports imports running at once; further ones wait their turn (status RUNNING, 0 rows)
 * @param progressInterval  how often progress is written to contact_import and pushed on /events
 * @param staleAfter        a RUNNING import whose heartbeat is older than this belongs to a dead instance and is
 *                          marked FAILED
 * @param analyzeAfter      an import that created at least this many contacts refreshes the planner's statistics
 *                          of contact when it completes (ANALYZE), rather than leaving it to autovacuum
 */
@ConfigurationProperties("contact.imports")
record ImportProperties(Path storageDirectory,
                        @DefaultValue("10000") int chunkRows,
                        @DefaultValue("2") int writers,
                        @DefaultValue("2") int concurrentImports,
                        @DefaultValue("500ms") Duration progressInterval,
                        @DefaultValue("60s") Duration staleAfter,
                        @DefaultValue("50000") long analyzeAfter) {

    ImportProperties {
        if (storageDirectory == null) {
            storageDirectory = Path.of(System.getProperty("java.io.tmpdir"), "tendlc-imports");
        }
    }
}

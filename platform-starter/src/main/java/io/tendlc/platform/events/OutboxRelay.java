package io.tendlc.platform.events;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Moves committed outbox rows to Kafka in batches, in order, then deletes them. One relay per schema drains
 * at a time (a transaction-scoped advisory lock), so replicas never reorder one aggregate's events.
 * At-least-once: a crash between the send and the delete resends the batch; consumers deduplicate by id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final long lockId;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, KafkaTemplate<String, byte[]> kafka,
                       OutboxProperties properties, String schema) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.properties = properties;
        this.lockId = ("outbox:" + schema).hashCode();
    }

    /** Called after a commit that wrote events, so they leave at once instead of at the next poll. */
    void wakeUp() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop after the web server and listeners (higher phases stop first), so their last events leave
        return Integer.MIN_VALUE + 1000;
    }

    private void loop() {
        long backoff = 0;
        while (running) {
            try {
                int relayed = relayBatch();
                backoff = 0;
                if (relayed < properties.batchSize()) {
                    signal.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = Math.min(Math.max(backoff * 2, 100), 5_000);
                log.warn("Outbox relay failed, retrying in {} ms: {}", backoff, e.toString());
                sleep(backoff);
            }
        }
        relayBatchQuietly();
    }

    /** Relays one batch; returns how many events went out. */
    int relayBatch() {
        Integer count = tx.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, lockId))) {
                return 0;
            }
            List<OutboxRow> rows = jdbc.query("""
                    select position, event_id, topic, record_key, event_type, payload, trace_parent
                    from outbox_event order by position limit ?""", OutboxRow.MAPPER, properties.batchSize());
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> acks = new ArrayList<>(rows.size());
            for (OutboxRow row : rows) {
                acks.add(kafka.send(record(row)));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .orTimeout(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS).join();
            Long[] positions = rows.stream().map(OutboxRow::position).toArray(Long[]::new);
            jdbc.update("delete from outbox_event where position = any(?)", (Object) positions);
            return rows.size();
        });
        return count == null ? 0 : count;
    }

    private static ProducerRecord<String, byte[]> record(OutboxRow row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        record.headers().add(new RecordHeader("eventType", row.type().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("eventId", row.eventId().toString().getBytes(StandardCharsets.UTF_8)));
        if (row.traceParent() != null) {
            record.headers().add(new RecordHeader("traceparent", row.traceParent().getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }

    private void relayBatchQuietly() {
        try {
            relayBatch();
        } catch (RuntimeException e) {
            log.info("Outbox relay stopped with events left for the next start: {}", e.toString());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

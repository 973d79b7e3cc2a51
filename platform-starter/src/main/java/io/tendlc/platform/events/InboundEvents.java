package io.tendlc.platform.events;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Idempotent consumption: an event's id is recorded in the same transaction as the state change it causes,
 * so a redelivered event changes nothing. A record that cannot be read is thrown as
 * {@link EventSerde.MalformedEventException}, which the error handler dead-letters without retrying.
 */
public class InboundEvents {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DeadLetters deadLetters;

    public InboundEvents(JdbcTemplate jdbc, TransactionTemplate tx, DeadLetters deadLetters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.deadLetters = deadLetters;
    }

    /** Handles one record once per {@code consumer} name, in one transaction. */
    public void handle(String consumer, ConsumerRecord<String, byte[]> record, Consumer<EventEnvelope<?>> handler) {
        EventEnvelope<?> envelope = EventSerde.read(record.value());
        tx.executeWithoutResult(status -> {
            int inserted = jdbc.update("insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing",
                    consumer, envelope.id());
            if (inserted == 1) {
                handler.accept(envelope);
            }
        });
    }

    /**
     * Handles a poll's worth of records in one transaction: unreadable records go to the dead-letter topic,
     * already-processed ones are dropped, the rest reach {@code handler} in record order.
     */
    public void handleBatch(String consumer, List<ConsumerRecord<String, byte[]>> records,
                            Consumer<List<EventEnvelope<?>>> handler) {
        List<EventEnvelope<?>> readable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                readable.add(EventSerde.read(record.value()));
            } catch (EventSerde.MalformedEventException e) {
                deadLetters.send(record, e);
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            Set<UUID> fresh = new HashSet<>(jdbc.queryForList("""
                    insert into processed_event (consumer, event_id)
                    select ?, unnest(?::uuid[]) on conflict do nothing returning event_id""", UUID.class,
                    consumer, readable.stream().map(EventEnvelope::id).toArray(UUID[]::new)));
            List<EventEnvelope<?>> unseen = readable.stream().filter(e -> fresh.remove(e.id())).toList();
            if (!unseen.isEmpty()) {
                handler.accept(unseen);
            }
        });
    }
}

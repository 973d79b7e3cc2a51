package io.tendlc.platform.events;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.UUID;

/**
 * Publishes events the only safe way: as rows of the outbox table in the caller's transaction. They reach
 * Kafka through {@link OutboxRelay} once (and only if) that transaction commits — never a send beside a commit.
 */
public class EventPublisher {

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, record_key, event_type, payload, trace_parent)
            values (?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final OutboxRelay relay;
    private final ObjectProvider<Tracer> tracerProvider;
    /** Looked up once: asking the bean factory on every publish cost 4% of sms-service's CPU on the send path. */
    private volatile Tracer tracer;

    public EventPublisher(JdbcTemplate jdbc, OutboxRelay relay, ObjectProvider<Tracer> tracer) {
        this.jdbc = jdbc;
        this.relay = relay;
        this.tracerProvider = tracer;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public <T> EventEnvelope<T> publish(EventType<T> type, UUID organizationId, String key, T payload) {
        EventEnvelope<T> envelope = EventEnvelope.of(type, organizationId, key, payload);
        publishAll(List.of(envelope));
        return envelope;
    }

    /** Many events in one JDBC batch: the send path publishes per batch, not per message. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishAll(List<? extends EventEnvelope<?>> envelopes) {
        if (envelopes.isEmpty()) {
            return;
        }
        String traceParent = traceParent();
        jdbc.batchUpdate(INSERT, envelopes, 500, (ps, e) -> {
            ps.setObject(1, e.id());
            ps.setString(2, topicOf(e));
            ps.setString(3, e.key());
            ps.setString(4, e.type());
            ps.setBytes(5, EventSerde.write(e));
            ps.setString(6, traceParent);
        });
        wakeRelayAfterCommit();
    }

    private static String topicOf(EventEnvelope<?> e) {
        return EventTypes.byName(e.type()).map(EventType::topic)
                .orElseThrow(() -> new IllegalArgumentException("unregistered event type " + e.type()));
    }

    private String traceParent() {
        Tracer t = tracer;
        if (t == null) {
            t = tracerProvider.getIfAvailable(() -> Tracer.NOOP);
            tracer = t;
        }
        Span span = t.currentSpan();
        if (span == null || span.isNoop() || span.context().traceId().isEmpty()) {
            return null;
        }
        return "00-" + span.context().traceId() + "-" + span.context().spanId() + "-01";
    }

    private void wakeRelayAfterCommit() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(EventPublisher.this);
                if (status == STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}

package io.tendlc.analytics.summary;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.sms.MessageStatusChanged;
import io.tendlc.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/**
 * Keeps each message's latest status from the message.* stream. Events of one message share a partition,
 * but a status is still only ever moved forward, so replays and duplicates cannot undo a delivery.
 */
@Component
class MessageStatusProjection {

    private static final Map<String, Integer> RANK = Map.of("accepted", 0, "queued", 2, "sending", 3, "sent", 4,
            "delivered", 5, "undelivered", 5, "failed", 5);

    private final InboundEvents inbound;
    private final JdbcTemplate jdbc;

    MessageStatusProjection(InboundEvents inbound, JdbcTemplate jdbc) {
        this.inbound = inbound;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "analytics-messages", topics = Topics.MESSAGES, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbound.handleBatch("analytics.message-status", records, this::project);
    }

    private void project(List<EventEnvelope<?>> events) {
        List<MessageStatusChanged> changes = events.stream().map(EventEnvelope::payload)
                .filter(MessageStatusChanged.class::isInstance).map(MessageStatusChanged.class::cast)
                .filter(c -> RANK.containsKey(c.status())).toList();
        jdbc.batchUpdate("""
                insert into message_status (message_id, organization_id, status, status_rank, segments, status_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (message_id) do update set status = excluded.status, status_rank = excluded.status_rank,
                    status_at = excluded.status_at
                where message_status.status_rank < excluded.status_rank""", changes, 500, (ps, c) -> {
            ps.setObject(1, c.messageId());
            ps.setObject(2, c.organizationId());
            ps.setString(3, c.status());
            ps.setInt(4, RANK.get(c.status()));
            ps.setInt(5, c.segments());
            ps.setTimestamp(6, Timestamp.from(c.statusAt()));
        });
    }
}

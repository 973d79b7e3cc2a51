package io.tendlc.platform.events;

import org.springframework.jdbc.core.RowMapper;

import java.util.UUID;

record OutboxRow(long position, UUID eventId, String topic, String key, String type, byte[] payload,
                 String traceParent) {

    static final RowMapper<OutboxRow> MAPPER = (rs, i) -> new OutboxRow(rs.getLong("position"),
            rs.getObject("event_id", UUID.class), rs.getString("topic"), rs.getString("record_key"),
            rs.getString("event_type"), rs.getBytes("payload"), rs.getString("trace_parent"));
}

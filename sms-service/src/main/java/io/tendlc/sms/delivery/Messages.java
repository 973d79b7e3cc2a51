package io.tendlc.sms.delivery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/** The message table; every statement that touches more than one message is one batched round trip. */
@Component
class Messages {

    private static final RowMapper<Message> ROW = (rs, i) -> new Message(rs.getObject("id", UUID.class),
            rs.getObject("organization_id", UUID.class), rs.getString("from_number"), rs.getString("to_number"),
            rs.getString("body"), rs.getInt("segments"), rs.getString("encoding"),
            MessageStatus.valueOf(rs.getString("status")), rs.getString("provider_sid"),
            (Integer) rs.getObject("error_code"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("system"));

    private final JdbcTemplate jdbc;

    Messages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Message m) {
        jdbc.update("""
                        insert into message (id, organization_id, from_number, to_number, body, segments, encoding, status,
                                             status_rank, created_at, updated_at, system)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                m.id(), m.organizationId(), m.from(), m.to(), m.body(), m.segments(), m.encoding(), m.status().name(),
                m.status().rank(), Timestamp.from(m.createdAt()), Timestamp.from(m.updatedAt()), m.system());
    }

    Optional<Message> find(UUID organizationId, UUID id) {
        return jdbc.query("select * from message where organization_id = ? and id = ?", ROW, organizationId, id)
                .stream().findFirst();
    }

    List<Message> recent(UUID organizationId, int limit) {
        return jdbc.query("select * from message where organization_id = ? order by created_at desc limit ?", ROW,
                organizationId, limit);
    }

    /**
     * Moves accepted messages to DISPATCHING and returns those this caller won. A redelivered send command
     * finds its message already claimed and sends nothing: no message reaches Twilio twice.
     */
    List<Message> claim(List<UUID> ids) {
        return jdbc.query("""
                        update message set status = 'DISPATCHING', status_rank = 1, updated_at = now()
                        where id = any(?) and status = 'ACCEPTED' returning *""", ROW,
                (Object) ids.toArray(UUID[]::new));
    }

    /**
     * Of these claimed messages, those whose recipient opted out of the sender number's brand since they were
     * accepted (keyword answers excepted: they are the one message a suppressed recipient gets). One round trip.
     */
    Set<UUID> optedOutRecipients(List<UUID> ids) {
        return new HashSet<>(jdbc.queryForList("""
                        select m.id from message m
                        join phone_number n on n.e164 = m.from_number and n.organization_id = m.organization_id
                                           and n.status <> 'RELEASED'
                        left join campaign_status c on c.campaign_id = n.campaign_id
                        where m.id = any(?) and not m.system
                          and exists (select 1 from suppression s where s.phone = m.to_number
                                      and (s.brand_id = c.brand_id
                                           or (s.brand_id is null and s.organization_id = m.organization_id)))""",
                UUID.class, (Object) ids.toArray(UUID[]::new)));
    }

    /** Records Twilio's answers for a batch: one statement per outcome row, sent as one JDBC batch. */
    void recordDispatch(List<Message> outcomes) {
        jdbc.batchUpdate("""
                        update message set status = ?, status_rank = ?, provider_sid = ?, error_code = ?, updated_at = ?
                        where id = ? and status_rank < ?""", outcomes, 500, (ps, m) -> {
            ps.setString(1, m.status().name());
            ps.setInt(2, m.status().rank());
            ps.setString(3, m.providerSid());
            ps.setObject(4, m.errorCode());
            ps.setTimestamp(5, Timestamp.from(m.updatedAt()));
            ps.setObject(6, m.id());
            ps.setInt(7, m.status().rank());
        });
    }

    /**
     * Claims up to {@code limit} messages that are waiting on Twilio (queued, sending, sent) and have heard
     * nothing since {@code before}; marks them checked so replicas and the next round skip them for a while.
     */
    List<Message> claimStale(Instant before, int limit) {
        return jdbc.query("""
                        update message set reconciled_at = now()
                        where id in (select id from message
                                     where status_rank between 2 and 4 and provider_sid is not null
                                       and coalesce(reconciled_at, updated_at) < ?
                                     order by updated_at limit ? for update skip locked)
                        returning *""", ROW, Timestamp.from(before), limit);
    }

    boolean hasProviderSid(String providerSid) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from message where provider_sid = ?)",
                Boolean.class, providerSid));
    }

    void keepEarlyStatus(String providerSid, MessageStatus status, Integer errorCode) {
        jdbc.update("insert into early_status (provider_sid, status, error_code) values (?, ?, ?) on conflict do nothing",
                providerSid, status.name(), errorCode);
    }

    /** Takes the early statuses of these sids, lowest lifecycle rank first. */
    List<EarlyStatus> takeEarlyStatuses(List<String> providerSids) {
        return jdbc.query("delete from early_status where provider_sid = any(?) returning provider_sid, status, error_code",
                        (rs, i) -> new EarlyStatus(rs.getString(1), MessageStatus.valueOf(rs.getString(2)),
                                (Integer) rs.getObject(3)), (Object) providerSids.toArray(String[]::new))
                .stream().sorted(java.util.Comparator.comparingInt(e -> e.status().rank())).toList();
    }

    record EarlyStatus(String providerSid, MessageStatus status, Integer errorCode) {
    }

    /** Applies a provider status if it moves the message forward; empty when it would not (repeat, late, unknown sid). */
    Optional<Message> advance(String providerSid, MessageStatus status, Integer errorCode, Instant at) {
        return jdbc.query("""
                        update message set status = ?, status_rank = ?, error_code = coalesce(?, error_code), updated_at = ?
                        where provider_sid = ? and status_rank < ? returning *""", ROW,
                status.name(), status.rank(), errorCode, Timestamp.from(at), providerSid, status.rank())
                .stream().findFirst();
    }
}

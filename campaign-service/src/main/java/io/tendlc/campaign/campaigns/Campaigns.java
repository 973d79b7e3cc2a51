package io.tendlc.campaign.campaigns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Campaigns and their carriers' reviews. Every query the API reaches is scoped by organization. */
@Component
class Campaigns {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Campaigns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Campaign> find(UUID organizationId, UUID id) {
        return one(jdbc.sql("select * from campaign where organization_id = ? and id = ?").params(organizationId, id));
    }

    List<Campaign> list(UUID organizationId, UUID brandId, int limit) {
        JdbcClient.StatementSpec query = brandId == null
                ? jdbc.sql("select * from campaign where organization_id = ? order by created_at desc, id limit ?")
                        .params(organizationId, limit)
                : jdbc.sql("""
                        select * from campaign where organization_id = ? and brand_id = ?
                        order by created_at desc, id limit ?""").params(organizationId, brandId, limit);
        return withCarriers(query.query(this::row).list());
    }

    /** The campaign, locked for a transition (within the caller's transaction). */
    Optional<Campaign> lock(UUID organizationId, UUID id) {
        return one(jdbc.sql("select * from campaign where organization_id = ? and id = ? for update")
                .params(organizationId, id));
    }

    Optional<Campaign> lockById(UUID id) {
        return one(jdbc.sql("select * from campaign where id = ? for update").param(id));
    }

    Optional<Campaign> lockByTcrId(String tcrCampaignId) {
        return one(jdbc.sql("select * from campaign where tcr_campaign_id = ? for update").param(tcrCampaignId));
    }

    /** The brand's campaigns that are still in service, locked. */
    List<Campaign> lockLiveOfBrand(UUID brandId) {
        return withCarriers(jdbc.sql("""
                        select * from campaign where brand_id = ? and status not in ('EXPIRED', 'DELETED')
                        order by id for update""").param(brandId).query(this::row).list());
    }

    /** Inserts a new campaign; the job leaves it alone for {@code lease} while the request itself submits it. */
    void insert(Campaign c, Duration lease) {
        jdbc.sql("""
                        insert into campaign (id, organization_id, brand_id, usecase, content, content_version, status,
                                              att_messages_per_minute, tmobile_daily_segments, tcr_operation,
                                              tcr_next_attempt_at, created_at, updated_at)
                        values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.organizationId(), c.brandId(), c.usecase(), json.writeValueAsString(c.content()),
                        c.contentVersion(), c.status().name(), c.limits().attMessagesPerMinute(),
                        c.limits().tmobileDailySegments(), name(c.tcrOperation()),
                        Timestamp.from(c.updatedAt().plus(lease)), Timestamp.from(c.createdAt()),
                        Timestamp.from(c.updatedAt()))
                .update();
    }

    /** Writes a transition's result: the campaign's state and its carriers' reviews. */
    void save(Campaign c) {
        jdbc.sql("""
                        update campaign set tcr_campaign_id = ?, usecase = ?, content = ?::jsonb, content_version = ?,
                               status = ?, status_reason = ?, att_messages_per_minute = ?, tmobile_daily_segments = ?,
                               tcr_operation = ?, tcr_attempts = ?, tcr_last_error = ?, updated_at = ?
                        where id = ?""")
                .params(c.tcrCampaignId(), c.usecase(), json.writeValueAsString(c.content()), c.contentVersion(),
                        c.status().name(), c.statusReason(), c.limits().attMessagesPerMinute(),
                        c.limits().tmobileDailySegments(), name(c.tcrOperation()), c.tcrAttempts(), c.tcrLastError(),
                        Timestamp.from(c.updatedAt()), c.id())
                .update();
        jdbc.sql("delete from carrier_status where campaign_id = ? and not (carrier = any(?))")
                .params(c.id(), c.carriers().keySet().stream().map(Enum::name).toArray(String[]::new)).update();
        c.carriers().forEach((carrier, s) -> jdbc.sql("""
                        insert into carrier_status (campaign_id, carrier, status, reason, event_at, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (campaign_id, carrier) do update set status = excluded.status,
                            reason = excluded.reason, event_at = excluded.event_at, updated_at = excluded.updated_at""")
                .params(c.id(), carrier.name(), s.status().name(), s.reason(),
                        s.eventAt() == null ? null : Timestamp.from(s.eventAt()), Timestamp.from(s.updatedAt()))
                .update());
    }

    /** When the job should next try to tell TCR (after a failure, or at once when more is left to tell). */
    void scheduleTcrAttempt(UUID id, Instant at, int attempts, String lastError) {
        jdbc.sql("update campaign set tcr_next_attempt_at = ?, tcr_attempts = ?, tcr_last_error = ? where id = ?")
                .params(Timestamp.from(at), attempts, lastError, id).update();
    }

    /** Keeps the job away from a campaign for {@code lease} while a request talks to TCR about it. */
    void holdTcrAttempts(UUID id, Instant until) {
        jdbc.sql("update campaign set tcr_next_attempt_at = ? where id = ?").params(Timestamp.from(until), id).update();
    }

    /** Campaigns TCR still has to be told about, due now; claimed for {@code lease} (no other instance takes them). */
    List<UUID> claimDueTcrOperations(int limit, Duration lease) {
        return jdbc.sql("""
                        update campaign set tcr_next_attempt_at = now() + ?::interval
                        where id in (select id from campaign
                                     where tcr_operation is not null and tcr_next_attempt_at <= now()
                                     order by tcr_next_attempt_at limit ? for update skip locked)
                        returning id""")
                .params(lease.toMillis() + " milliseconds", limit).query(UUID.class).list();
    }

    /** Campaigns carriers have been reviewing for longer than {@code after}, not polled within that time; claimed. */
    List<UUID> claimLongPending(Duration after, int limit) {
        return jdbc.sql("""
                        update campaign set reconciled_at = now()
                        where id in (select id from campaign
                                     where status = 'PENDING' and tcr_campaign_id is not null and tcr_operation is null
                                       and updated_at < now() - ?::interval
                                       and (reconciled_at is null or reconciled_at < now() - ?::interval)
                                     order by updated_at limit ? for update skip locked)
                        returning id""")
                .params(after.toMillis() + " milliseconds", after.toMillis() + " milliseconds", limit)
                .query(UUID.class).list();
    }

    /**
     * Serializes, per TCR campaign id, recording that id with applying webhooks that name it, so a webhook that
     * races TCR's answer to our POST is applied by one or the other (transaction-scoped).
     */
    void lockTcrId(String tcrCampaignId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(tcrCampaignId).query((rs, i) -> 1).list();
    }

    Optional<Campaign> findById(UUID id) {
        return one(jdbc.sql("select * from campaign where id = ?").param(id));
    }

    private Optional<Campaign> one(JdbcClient.StatementSpec query) {
        return query.query(this::row).optional().map(c -> withCarriers(List.of(c)).getFirst());
    }

    private List<Campaign> withCarriers(List<Campaign> campaigns) {
        if (campaigns.isEmpty()) {
            return campaigns;
        }
        Map<UUID, Map<Carrier, CarrierState>> carriers = new HashMap<>();
        jdbc.sql("select * from carrier_status where campaign_id = any(?)")
                .param(campaigns.stream().map(Campaign::id).toArray(UUID[]::new))
                .query(rs -> {
                    carriers.computeIfAbsent(rs.getObject("campaign_id", UUID.class), k -> new EnumMap<>(Carrier.class))
                            .put(Carrier.valueOf(rs.getString("carrier")), new CarrierState(
                                    CarrierStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                                    instant(rs, "event_at"), instant(rs, "updated_at")));
                });
        List<Campaign> all = new ArrayList<>(campaigns.size());
        for (Campaign c : campaigns) {
            all.add(new Campaign(c.id(), c.organizationId(), c.brandId(), c.tcrCampaignId(), c.content(),
                    c.contentVersion(), c.status(), c.statusReason(), carriers.getOrDefault(c.id(), Map.of()),
                    c.limits(), c.tcrOperation(), c.tcrAttempts(), c.tcrLastError(), c.createdAt(), c.updatedAt()));
        }
        return all;
    }

    private Campaign row(ResultSet rs, int i) throws SQLException {
        String operation = rs.getString("tcr_operation");
        return new Campaign(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getObject("brand_id", UUID.class), rs.getString("tcr_campaign_id"),
                json.readValue(rs.getString("content"), CampaignForm.class), rs.getInt("content_version"),
                CampaignStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), Map.of(),
                new Limits((Integer) rs.getObject("att_messages_per_minute"),
                        (Integer) rs.getObject("tmobile_daily_segments")),
                operation == null ? null : TcrOperation.valueOf(operation), rs.getInt("tcr_attempts"),
                rs.getString("tcr_last_error"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}

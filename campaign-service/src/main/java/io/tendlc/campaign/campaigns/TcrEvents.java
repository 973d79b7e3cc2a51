package io.tendlc.campaign.campaigns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The raw TCR campaign webhooks, each stored once (by eventId). */
@Component
class TcrEvents {

    private final JdbcClient jdbc;

    TcrEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the webhook; false if this eventId was stored before (a duplicate delivery). */
    boolean store(TcrWebhookEvent e, String payload) {
        return jdbc.sql("""
                        insert into tcr_event (event_id, event_type, tcr_campaign_id, mno_id, description, occurred_at,
                                               payload)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""")
                .params(e.eventId(), e.eventType() == null ? "UNKNOWN" : e.eventType(), e.tcrCampaignId(), e.mnoId(),
                        e.description(), Timestamp.from(e.occurredAt()), payload)
                .update() == 1;
    }

    void markApplied(String eventId, UUID campaignId, UUID organizationId) {
        jdbc.sql("update tcr_event set applied = true, campaign_id = ?, organization_id = ? where event_id = ?")
                .params(campaignId, organizationId, eventId).update();
    }

    /** Webhooks that named this TCR campaign before we knew its id, oldest first. */
    List<TcrWebhookEvent> unapplied(String tcrCampaignId) {
        return jdbc.sql("""
                        select event_id, event_type, tcr_campaign_id, mno_id, description, occurred_at from tcr_event
                        where tcr_campaign_id = ? and not applied order by occurred_at, received_at""")
                .param(tcrCampaignId)
                .query((rs, i) -> new TcrWebhookEvent(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** A campaign's webhook history, oldest first (organization-scoped). */
    List<Stored> history(UUID organizationId, UUID campaignId) {
        return jdbc.sql("""
                        select event_id, event_type, mno_id, description, occurred_at, received_at, payload
                        from tcr_event where organization_id = ? and campaign_id = ?
                        order by occurred_at, received_at""")
                .params(organizationId, campaignId)
                .query((rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
    }

    record Stored(String eventId, String eventType, String mnoId, String description, Instant occurredAt,
                  Instant receivedAt, String payload) {
    }
}

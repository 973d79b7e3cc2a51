package io.tendlc.sms.numbers;

import io.tendlc.events.registry.CampaignChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * campaign-service's campaigns as far as sending needs them: whose they are (organization, brand), whether approved,
 * their limits, and their answers to HELP, opt-out and opt-in keywords.
 */
@Component
class Campaigns {

    static final String APPROVED = "APPROVED";

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Campaign> find(UUID campaignId) {
        return jdbc.sql("select campaign_id, organization_id, status, reason from campaign_status where campaign_id = ?")
                .param(campaignId)
                .query((rs, i) -> new Campaign(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4)))
                .optional();
    }

    /**
     * Applies the change if it is newer than what is kept (events are redelivered, and a reconciler's view may
     * overtake a webhook's); answers the status it replaced, or empty when the change was not applied.
     */
    Optional<String> apply(CampaignChanged c, Instant changedAt) {
        String previous = jdbc.sql("select status from campaign_status where campaign_id = ? for update")
                .param(c.campaignId()).query(String.class).optional().orElse("");
        int applied = jdbc.sql("""
                        insert into campaign_status (campaign_id, organization_id, brand_id, status, att_messages_per_minute,
                                                     tmobile_daily_segments, reason, changed_at, help_message,
                                                     optout_message, optin_message)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (campaign_id) do update set status = excluded.status, brand_id = excluded.brand_id,
                            att_messages_per_minute = excluded.att_messages_per_minute,
                            tmobile_daily_segments = excluded.tmobile_daily_segments, reason = excluded.reason,
                            changed_at = excluded.changed_at,
                            -- events written before the keyword answers travelled carry none: keep what is known
                            help_message = coalesce(excluded.help_message, campaign_status.help_message),
                            optout_message = coalesce(excluded.optout_message, campaign_status.optout_message),
                            optin_message = coalesce(excluded.optin_message, campaign_status.optin_message)
                        where campaign_status.changed_at < excluded.changed_at""")
                .params(c.campaignId(), c.organizationId(), c.brandId(), c.status(), c.attMessagesPerMinute(),
                        c.tmobileDailySegments(), c.reason(), Timestamp.from(changedAt), c.helpMessage(), c.optoutMessage(),
                        c.optinMessage())
                .update();
        return applied == 1 ? Optional.of(previous) : Optional.empty();
    }

    record Campaign(UUID id, UUID organizationId, String status, String reason) {

        boolean approved() {
            return APPROVED.equals(status);
        }
    }
}

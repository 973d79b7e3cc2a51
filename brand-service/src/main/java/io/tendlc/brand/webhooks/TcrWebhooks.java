package io.tendlc.brand.webhooks;

import io.tendlc.brand.brands.Brand;
import io.tendlc.brand.brands.BrandObservations;
import io.tendlc.brand.brands.TcrBrandIdRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * Every verified TCR webhook is stored as received, once per event id (TCR delivers some twice), and applied to its
 * brand forward-only in the same transaction, which also writes the brand's {@code brand.*} event to the outbox. A
 * webhook about a brand whose TCR id is not recorded yet (it beat the registration's answer) is kept and applied
 * when the id is recorded.
 */
@Component
class TcrWebhooks {

    /** What became of a delivery. */
    enum Outcome { APPLIED, STALE, IGNORED, UNMATCHED, DUPLICATE }

    private static final Logger log = LoggerFactory.getLogger(TcrWebhooks.class);

    private final JdbcClient jdbc;
    private final BrandObservations observations;
    private final TransactionTemplate tx;

    TcrWebhooks(JdbcClient jdbc, BrandObservations observations, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.observations = observations;
        this.tx = tx;
    }

    Outcome receive(TcrWebhookEvent event, String rawBody) {
        return tx.execute(s -> {
            Brand brand = event.brandId() == null ? null : observations.lockByTcrId(event.brandId()).orElse(null);
            int inserted = jdbc.sql("""
                            insert into tcr_webhook_event (event_id, event_type, tcr_brand_id, brand_id, organization_id,
                                                           occurred_at, payload, outcome)
                            values (?, ?, ?, ?, ?, ?, ?::jsonb, 'RECEIVED')
                            on conflict (event_id) do nothing""")
                    .params(event.eventId(), event.eventType() == null ? "UNKNOWN" : event.eventType(), event.brandId(),
                            brand == null ? null : brand.id(), brand == null ? null : brand.organizationId(),
                            Timestamp.from(event.timestamp()), rawBody)
                    .update();
            if (inserted == 0) {
                return Outcome.DUPLICATE;
            }
            Outcome outcome = brand == null ? (event.brandId() == null ? Outcome.IGNORED : Outcome.UNMATCHED)
                    : Outcome.valueOf(observations.observe(brand, event.observation()).name());
            record(event.eventId(), outcome);
            log.info("TCR webhook {} {} for brand {}: {}", event.eventId(), event.eventType(), event.brandId(), outcome);
            return outcome;
        });
    }

    /** Applies, in TCR's order, the webhooks that arrived before the brand's TCR id was recorded. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void replayUnmatched(TcrBrandIdRecorded recorded) {
        Brand brand = recorded.brand();
        List<String> payloads = jdbc.sql("""
                        select payload::text from tcr_webhook_event
                        where tcr_brand_id = ? and brand_id is null order by occurred_at, received_at""")
                .param(brand.tcrBrandId()).query(String.class).list();
        for (String payload : payloads) {
            TcrWebhookEvent event = TcrWebhookEvent.from(Json.read(payload), java.time.Instant.now());
            Brand locked = observations.lockByTcrId(brand.tcrBrandId()).orElseThrow();
            Outcome outcome = Outcome.valueOf(observations.observe(locked, event.observation()).name());
            jdbc.sql("update tcr_webhook_event set brand_id = ?, organization_id = ?, outcome = ? where event_id = ?")
                    .params(brand.id(), brand.organizationId(), outcome.name(), event.eventId()).update();
        }
    }

    /** The brand's webhooks, oldest first (by TCR's time). */
    List<WebhookHistoryEntry> history(UUID organizationId, UUID brandId, int limit) {
        return jdbc.sql("""
                        select event_id, event_type, payload->>'brandIdentityStatus', payload->>'vettingScore',
                               payload->>'vettingStatus', payload->>'description', occurred_at, received_at, outcome
                        from tcr_webhook_event where organization_id = ? and brand_id = ?
                        order by occurred_at, received_at limit ?""")
                .params(organizationId, brandId, limit)
                .query((rs, i) -> new WebhookHistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        score(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant(), rs.getString(9)))
                .list();
    }

    private static Integer score(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void record(String eventId, Outcome outcome) {
        jdbc.sql("update tcr_webhook_event set outcome = ? where event_id = ?").params(outcome.name(), eventId).update();
    }
}

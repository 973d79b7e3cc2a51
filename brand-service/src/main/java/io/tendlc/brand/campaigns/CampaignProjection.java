package io.tendlc.brand.campaigns;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.registry.CampaignChanged;
import io.tendlc.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Follows campaign-service's campaigns (only what deleting a brand needs to know), once per event and forward-only
 * by {@code changedAt}: a redelivered or older change never overwrites a newer one.
 */
@Component
class CampaignProjection {

    private final InboundEvents inbound;
    private final JdbcClient jdbc;

    CampaignProjection(InboundEvents inbound, JdbcClient jdbc) {
        this.inbound = inbound;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "brand-campaigns", topics = Topics.CAMPAIGNS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.handle("brand.campaigns", record, this::apply);
    }

    private void apply(EventEnvelope<?> event) {
        if (!(event.payload() instanceof CampaignChanged c) || c.campaignId() == null || c.brandId() == null) {
            return;
        }
        Instant changedAt = c.changedAt() == null ? event.occurredAt() : c.changedAt();
        String status = event.type().equals("campaign.deleted") ? "DELETED" : c.status();
        jdbc.sql("""
                        insert into campaign (id, organization_id, brand_id, tcr_campaign_id, status, changed_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set brand_id = excluded.brand_id,
                            tcr_campaign_id = coalesce(excluded.tcr_campaign_id, campaign.tcr_campaign_id),
                            status = excluded.status, changed_at = excluded.changed_at
                        where campaign.changed_at <= excluded.changed_at""")
                .params(c.campaignId(), c.organizationId() == null ? event.organizationId() : c.organizationId(),
                        c.brandId(), c.tcrCampaignId(), status == null ? "PENDING" : status, Timestamp.from(changedAt))
                .update();
    }
}

package io.tendlc.campaign.brands;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Follows brand-service's brands: a campaign may only be registered for an approved brand of the caller's
 * organization, and its throughput limits follow the brand's vetting score. Changes apply by {@code changedAt}, so a
 * redelivered or late event never undoes a newer one.
 */
@Component
class BrandProjection {

    private final InboundEvents inbound;
    private final Brands brands;
    private final ApplicationEventPublisher local;

    BrandProjection(InboundEvents inbound, Brands brands, ApplicationEventPublisher local) {
        this.inbound = inbound;
        this.brands = brands;
        this.local = local;
    }

    @KafkaListener(id = "campaign-brands", topics = Topics.BRANDS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.handle("campaign.brands", record, this::apply);
    }

    private void apply(EventEnvelope<?> event) {
        if (!(event.payload() instanceof BrandChanged change) || change.brandId() == null
                || change.organizationId() == null || change.changedAt() == null) {
            return;
        }
        brands.apply(change).ifPresent(applied -> {
            Brand before = applied.before();
            Brand after = applied.after();
            if (before != null && (!Objects.equals(before.vettingScore(), after.vettingScore())
                    || !Objects.equals(before.entityType(), after.entityType()))) {
                local.publishEvent(new BrandProfileChanged(after));
            }
        });
    }
}

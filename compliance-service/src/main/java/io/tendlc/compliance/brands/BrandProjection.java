package io.tendlc.compliance.brands;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde.MalformedEventException;
import io.tendlc.events.Topics;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Follows brand-service's brands so that a campaign check given a brand id knows the brand's names, entity type and
 * vetting. Idempotent (event ids recorded with the change) and forward-only (by {@code changedAt}).
 */
@Component
class BrandProjection {

    private static final Logger log = LoggerFactory.getLogger(BrandProjection.class);

    private final InboundEvents inbound;
    private final BrandProfiles profiles;

    BrandProjection(InboundEvents inbound, BrandProfiles profiles) {
        this.inbound = inbound;
        this.profiles = profiles;
    }

    @KafkaListener(id = "compliance-brands", topics = Topics.BRANDS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.handle("compliance.brands", record, this::apply);
    }

    private void apply(EventEnvelope<?> event) {
        if (!(event.payload() instanceof BrandChanged brand)) {
            return;
        }
        if (brand.brandId() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no brand", null);
        }
        UUID organization = brand.organizationId() != null ? brand.organizationId() : event.organizationId();
        if (organization == null || (event.organizationId() != null && !organization.equals(event.organizationId()))) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no single organization", null);
        }
        boolean applied = profiles.apply(brand, organization,
                brand.changedAt() == null ? event.occurredAt() : brand.changedAt());
        if (!applied) {
            log.debug("Skipped {} {} for brand {}: not newer than the kept state", event.type(), event.id(),
                    brand.brandId());
        }
    }
}

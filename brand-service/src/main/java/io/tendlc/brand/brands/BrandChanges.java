package io.tendlc.brand.brands;

import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.platform.events.EventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/**
 * Saves a brand's transition and announces it on {@code registry.brands} in the same transaction (outbox): the
 * event type follows the status it moved to; a change consumers would not see is saved without an event.
 */
@Component
class BrandChanges {

    private final Brands brands;
    private final ThroughputTiers tiers;
    private final EventPublisher events;

    BrandChanges(Brands brands, ThroughputTiers tiers, EventPublisher events) {
        this.brands = brands;
        this.tiers = tiers;
        this.events = events;
    }

    /** Saves {@code after} (with the tier its score gives) and publishes what changed since {@code before}. */
    @Transactional(propagation = Propagation.MANDATORY)
    Brand save(Brand before, Brand after) {
        Brand tiered = after.withThroughputTier(tiers.of(after).name());
        brands.update(tiered);
        // a brand TCR has not taken yet is not news: it is announced once registered (or refused)
        boolean unannounced = tiered.tcrBrandId() == null && tiered.status() == BrandStatus.PENDING;
        if (!unannounced && tiered.announcesDifferently(before)) {
            publish(typeOf(before, tiered), tiered);
        }
        return tiered;
    }

    /** The brand was registered at TCR: {@code brand.registered}. */
    @Transactional(propagation = Propagation.MANDATORY)
    Brand registered(Brand before, Brand after) {
        Brand tiered = after.withThroughputTier(tiers.of(after).name());
        brands.update(tiered);
        publish(EventTypes.BRAND_REGISTERED, tiered);
        return tiered;
    }

    private void publish(EventType<BrandChanged> type, Brand b) {
        events.publish(type, b.organizationId(), b.id().toString(), new BrandChanged(b.id(), b.organizationId(),
                b.tcrBrandId(), b.details().displayName(), b.details().companyName(), b.details().entityType(),
                b.identityStatus() == null ? null : b.identityStatus().name(), b.vettingScore(), b.status().name(),
                b.statusReason(), b.updatedAt() == null ? Instant.now() : b.updatedAt(), b.details().website()));
    }

    private static EventType<BrandChanged> typeOf(Brand before, Brand after) {
        if (before != null && before.status() == after.status()) {
            return EventTypes.BRAND_UPDATED;
        }
        return switch (after.status()) {
            case APPROVED -> EventTypes.BRAND_APPROVED;
            case REJECTED -> EventTypes.BRAND_REJECTED;
            case SUSPENDED -> EventTypes.BRAND_SUSPENDED;
            case DELETED -> EventTypes.BRAND_DELETED;
            case PENDING -> EventTypes.BRAND_UPDATED;
        };
    }
}

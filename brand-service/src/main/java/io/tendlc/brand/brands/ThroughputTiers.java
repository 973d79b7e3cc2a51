package io.tendlc.brand.brands;

import io.tendlc.brand.config.BrandsProperties;
import io.tendlc.brand.config.BrandsProperties.Tier;
import org.springframework.stereotype.Component;

/**
 * The throughput tier that follows from a brand's vetting score (DOMAIN.md; the numbers are in configuration): sole
 * proprietors have their own tier, a brand without an active score is unvetted, the rest go by score.
 */
@Component
public class ThroughputTiers {

    private final BrandsProperties.Throughput throughput;

    ThroughputTiers(BrandsProperties properties) {
        this.throughput = properties.throughput();
    }

    public Tier of(String entityType, String vettingStatus, Integer vettingScore) {
        if ("SOLE_PROPRIETOR".equals(entityType)) {
            return throughput.soleProprietor();
        }
        if (vettingScore == null || vettingStatus != null && !"ACTIVE".equals(vettingStatus)
                && !"PENDING".equals(vettingStatus)) {
            return throughput.unvetted();
        }
        return throughput.tiers().stream()
                .filter(t -> vettingScore >= (t.minScore() == null ? 0 : t.minScore()))
                .findFirst().orElse(throughput.unvetted());
    }

    public Tier of(Brand brand) {
        return of(brand.details().entityType(), brand.vettingStatus(), brand.vettingScore());
    }

    /** A tier by name (as stored with a brand); the unvetted tier for a name no longer configured. */
    public Tier named(String name) {
        if (throughput.soleProprietor().name().equals(name)) {
            return throughput.soleProprietor();
        }
        return throughput.tiers().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElse(throughput.unvetted());
    }
}

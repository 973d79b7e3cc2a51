package io.tendlc.campaign.brands;

import io.tendlc.compliance.rules.BrandProfile;

import java.time.Instant;
import java.util.UUID;

/**
 * What campaign-service knows of a brand, from brand-service's {@code registry.brands} events. {@code status} is the
 * platform's (PENDING, APPROVED, REJECTED, SUSPENDED, DELETED); a campaign needs an APPROVED brand.
 */
public record Brand(UUID id, UUID organizationId, String tcrBrandId, String displayName, String companyName,
                    String entityType, String identityStatus, Integer vettingScore, String status,
                    Instant changedAt) {

    public boolean approved() {
        return "APPROVED".equals(status) && tcrBrandId != null;
    }

    public boolean soleProprietor() {
        return "SOLE_PROPRIETOR".equals(entityType);
    }

    /** The brand as the compliance check sees it (brand-service's events carry no website). */
    public BrandProfile profile() {
        return new BrandProfile(displayName, companyName, entityType, identityStatus, vettingScore, null);
    }
}

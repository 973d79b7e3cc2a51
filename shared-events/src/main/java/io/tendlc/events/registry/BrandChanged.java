package io.tendlc.events.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * A 10DLC brand as it stands after a change (brand-service): {@code brand.registered|approved|rejected|suspended|
 * updated|deleted}. {@code status} is the platform's view (PENDING, APPROVED, REJECTED, SUSPENDED, DELETED);
 * {@code identityStatus} and {@code vettingScore} are TCR's. {@code changedAt} orders changes of one brand.
 * {@code website} is the brand's own site (links in its campaigns should stay on its domain); null in events
 * written before it was added.
 */
public record BrandChanged(UUID brandId, UUID organizationId, String tcrBrandId, String displayName,
                           String companyName, String entityType, String identityStatus, Integer vettingScore,
                           String status, String reason, Instant changedAt, String website) {

    public BrandChanged(UUID brandId, UUID organizationId, String tcrBrandId, String displayName, String companyName,
                        String entityType, String identityStatus, Integer vettingScore, String status, String reason,
                        Instant changedAt) {
        this(brandId, organizationId, tcrBrandId, displayName, companyName, entityType, identityStatus, vettingScore,
                status, reason, changedAt, null);
    }
}

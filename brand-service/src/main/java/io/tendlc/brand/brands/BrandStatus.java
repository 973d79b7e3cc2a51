package io.tendlc.brand.brands;

/**
 * The platform's status of a brand (as published in {@code BrandChanged}): PENDING until TCR verified its identity,
 * APPROVED when VERIFIED or VETTED_VERIFIED, REJECTED when UNVERIFIED (with TCR's reason), SUSPENDED, DELETED.
 */
public enum BrandStatus {
    PENDING, APPROVED, REJECTED, SUSPENDED, DELETED
}

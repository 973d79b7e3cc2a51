package io.tendlc.brand.brands;

/**
 * Published (synchronously, inside the transaction) when TCR's id of a brand is recorded, so webhooks about it that
 * arrived before can be applied now.
 */
public record TcrBrandIdRecorded(Brand brand) {
}

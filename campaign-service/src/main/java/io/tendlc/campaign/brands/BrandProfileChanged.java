package io.tendlc.campaign.brands;

/**
 * Published (in-process, inside the projection's transaction) when a brand's vetting score or entity type changed, so
 * its campaigns' throughput limits can follow.
 */
public record BrandProfileChanged(Brand brand) {
}

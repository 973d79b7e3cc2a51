package io.tendlc.compliance.rules;

/**
 * What a campaign check needs to know of its brand: names (samples must name the brand), entity type and
 * vetting (which use cases it may choose), website (links should be on the brand's own domain).
 * {@code identityStatus}: SELF_DECLARED, UNVERIFIED, VERIFIED, VETTED_VERIFIED; {@code vettingScore} may be null.
 */
public record BrandProfile(String displayName, String companyName, String entityType, String identityStatus,
                           Integer vettingScore, String website) {
}

package io.tendlc.compliance.rules;

/**
 * Whether a brand may choose a campaign use case, and why (shown next to the choice in the dashboard).
 *
 * @param usecase TCR's use case name, e.g. {@code MARKETING}
 * @param allowed whether a campaign of the brand may use it
 * @param reason  why it is allowed or not, and what would change it
 */
public record UsecaseOption(String usecase, boolean allowed, String reason) {
}

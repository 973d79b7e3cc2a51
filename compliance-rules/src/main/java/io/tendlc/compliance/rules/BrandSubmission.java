package io.tendlc.compliance.rules;

/**
 * A brand as it would be submitted to TCR (field names as TCR's). Strings may be null or blank; the check says
 * what is missing. {@code entityType}: PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, GOVERNMENT, SOLE_PROPRIETOR.
 * {@code firstName}, {@code lastName}, {@code mobilePhone} are for sole proprietors.
 */
public record BrandSubmission(String entityType, String displayName, String companyName, String ein,
                              String einIssuingCountry, String phone, String email, String street, String city,
                              String state, String postalCode, String country, String website, String vertical,
                              String stockSymbol, String stockExchange, String altBusinessId,
                              String altBusinessIdType, String firstName, String lastName, String mobilePhone) {
}

package io.tendlc.brand.brands;

import io.tendlc.brand.tcr.TcrBrandRequest;
import io.tendlc.compliance.rules.BrandSubmission;

/** What an organization says about its brand: TCR's brand fields. */
public record BrandDetails(String entityType, String displayName, String companyName, String ein,
                           String einIssuingCountry, String phone, String email, String street, String city,
                           String state, String postalCode, String country, String website, String vertical,
                           String stockSymbol, String stockExchange, String altBusinessId, String altBusinessIdType,
                           String firstName, String lastName, String mobilePhone, String brandRelationship) {

    static final String DEFAULT_RELATIONSHIP = "BASIC_ACCOUNT";

    /** Trimmed, blanks as absent, the EIN as its 9 digits, the relationship defaulted. */
    public BrandDetails normalized() {
        String digits = clean(ein) == null ? null : ein.replaceAll("[^0-9]", "");
        return new BrandDetails(clean(entityType), clean(displayName), clean(companyName), digits,
                clean(einIssuingCountry), clean(phone), clean(email), clean(street), clean(city), clean(state),
                clean(postalCode), clean(country), clean(website), clean(vertical), clean(stockSymbol),
                clean(stockExchange), clean(altBusinessId), clean(altBusinessIdType), clean(firstName),
                clean(lastName), clean(mobilePhone),
                clean(brandRelationship) == null ? DEFAULT_RELATIONSHIP : clean(brandRelationship));
    }

    /** These details with the patch's fields over them: null keeps a field, an empty string clears it. */
    public BrandDetails patchedWith(BrandDetails patch) {
        return new BrandDetails(pick(patch.entityType, entityType), pick(patch.displayName, displayName),
                pick(patch.companyName, companyName), pick(patch.ein, ein),
                pick(patch.einIssuingCountry, einIssuingCountry), pick(patch.phone, phone), pick(patch.email, email),
                pick(patch.street, street), pick(patch.city, city), pick(patch.state, state),
                pick(patch.postalCode, postalCode), pick(patch.country, country), pick(patch.website, website),
                pick(patch.vertical, vertical), pick(patch.stockSymbol, stockSymbol),
                pick(patch.stockExchange, stockExchange), pick(patch.altBusinessId, altBusinessId),
                pick(patch.altBusinessIdType, altBusinessIdType), pick(patch.firstName, firstName),
                pick(patch.lastName, lastName), pick(patch.mobilePhone, mobilePhone),
                pick(patch.brandRelationship, brandRelationship)).normalized();
    }

    public BrandSubmission toSubmission() {
        return new BrandSubmission(entityType, displayName, companyName, ein, einIssuingCountry, phone, email, street,
                city, state, postalCode, country, website, vertical, stockSymbol, stockExchange, altBusinessId,
                altBusinessIdType, firstName, lastName, mobilePhone);
    }

    /** TCR's request body; {@code referenceId} ties TCR's brand to ours. */
    public TcrBrandRequest toTcr(String referenceId) {
        return new TcrBrandRequest(entityType, displayName, companyName, ein, einIssuingCountry, phone, street, city,
                state, postalCode, country, email, website, vertical, stockSymbol, stockExchange, brandRelationship,
                altBusinessId, altBusinessIdType, referenceId, firstName, lastName, mobilePhone);
    }

    private static String pick(String patched, String current) {
        return patched == null ? current : patched;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

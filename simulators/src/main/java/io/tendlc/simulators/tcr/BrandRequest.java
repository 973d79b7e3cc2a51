package io.tendlc.simulators.tcr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The body of {@code POST /brand/nonBlocking} and {@code PUT /brand/{brandId}}, with TCR's field names. */
@JsonIgnoreProperties(ignoreUnknown = true)
record BrandRequest(
        String entityType,
        String displayName,
        String companyName,
        String ein,
        String einIssuingCountry,
        String phone,
        String street,
        String city,
        String state,
        String postalCode,
        String country,
        String email,
        String website,
        String vertical,
        String stockSymbol,
        String stockExchange,
        String brandRelationship,
        String altBusinessId,
        String altBusinessIdType,
        String referenceId,
        String firstName,
        String lastName,
        String mobilePhone) {

    /** An edit: the fields the request names replace the stored ones, the others stay. */
    BrandRequest mergedWith(BrandRequest edit) {
        return new BrandRequest(
                or(edit.entityType, entityType), or(edit.displayName, displayName),
                or(edit.companyName, companyName), or(edit.ein, ein), or(edit.einIssuingCountry, einIssuingCountry),
                or(edit.phone, phone), or(edit.street, street), or(edit.city, city), or(edit.state, state),
                or(edit.postalCode, postalCode), or(edit.country, country), or(edit.email, email),
                or(edit.website, website), or(edit.vertical, vertical), or(edit.stockSymbol, stockSymbol),
                or(edit.stockExchange, stockExchange), or(edit.brandRelationship, brandRelationship),
                or(edit.altBusinessId, altBusinessId), or(edit.altBusinessIdType, altBusinessIdType),
                or(edit.referenceId, referenceId), or(edit.firstName, firstName), or(edit.lastName, lastName),
                or(edit.mobilePhone, mobilePhone));
    }

    boolean soleProprietor() {
        return "SOLE_PROPRIETOR".equals(entityType);
    }

    /** The EIN's digits only ("12-3456789" → "123456789"), or "" without one. */
    String einDigits() {
        return ein == null ? "" : ein.replaceAll("[^0-9]", "");
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}

package io.tendlc.brand.brands;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static io.tendlc.brand.brands.BrandFields.*;

/** Changes to a brand: an absent field stays as it is, an empty string clears an optional one. */
record BrandPatch(
        @Pattern(regexp = ENTITY_TYPE, message = ENTITY_TYPE_MESSAGE) String entityType,
        @Size(min = 1, max = 255) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String displayName,
        @Size(max = 255) String companyName,
        @Pattern(regexp = "(" + EIN + ")?", message = EIN_MESSAGE) String ein,
        @Pattern(regexp = "(" + COUNTRY + ")?", message = COUNTRY_MESSAGE) String einIssuingCountry,
        @Pattern(regexp = "(" + E164 + ")?", message = E164_MESSAGE) String phone,
        @Email @Size(max = 100) String email,
        @Size(max = 100) String street,
        @Size(max = 100) String city,
        @Size(max = 20) String state,
        @Pattern(regexp = "(" + POSTAL_CODE + ")?", message = "must be a postal code") String postalCode,
        @Pattern(regexp = "(" + COUNTRY + ")?", message = COUNTRY_MESSAGE) String country,
        @Size(max = 100) @Pattern(regexp = "(" + WEBSITE + ")?", message = WEBSITE_MESSAGE) String website,
        @Pattern(regexp = "(" + CODE + ")?", message = CODE_MESSAGE) String vertical,
        @Pattern(regexp = "(" + STOCK_SYMBOL + ")?", message = "must be a stock ticker") String stockSymbol,
        @Pattern(regexp = "(" + CODE + ")?", message = CODE_MESSAGE) String stockExchange,
        @Size(max = 50) String altBusinessId,
        @Pattern(regexp = "(" + ALT_ID_TYPE + ")?", message = ALT_ID_TYPE_MESSAGE) String altBusinessIdType,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Pattern(regexp = "(" + E164 + ")?", message = E164_MESSAGE) String mobilePhone,
        @Pattern(regexp = RELATIONSHIP, message = RELATIONSHIP_MESSAGE) String brandRelationship) {

    BrandDetails details() {
        return new BrandDetails(entityType, displayName, companyName, ein, einIssuingCountry, phone, email, street,
                city, state, postalCode, country, website, vertical, stockSymbol, stockExchange, altBusinessId,
                altBusinessIdType, firstName, lastName, mobilePhone, brandRelationship);
    }
}

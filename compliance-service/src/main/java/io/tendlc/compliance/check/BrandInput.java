package io.tendlc.compliance.check;

import io.tendlc.compliance.rules.BrandSubmission;
import jakarta.validation.constraints.Size;

/**
 * A brand as it would be submitted (brand-service's fields); every field may be missing or blank — the check says
 * what is missing. Sizes are capped only against abuse: the check itself reports TCR's limits.
 */
record BrandInput(@Size(max = CheckRequest.SHORT) String entityType, @Size(max = CheckRequest.SHORT) String displayName,
                  @Size(max = CheckRequest.SHORT) String companyName, @Size(max = CheckRequest.SHORT) String ein,
                  @Size(max = CheckRequest.SHORT) String einIssuingCountry, @Size(max = CheckRequest.SHORT) String phone,
                  @Size(max = CheckRequest.SHORT) String email, @Size(max = CheckRequest.SHORT) String street,
                  @Size(max = CheckRequest.SHORT) String city, @Size(max = CheckRequest.SHORT) String state,
                  @Size(max = CheckRequest.SHORT) String postalCode, @Size(max = CheckRequest.SHORT) String country,
                  @Size(max = CheckRequest.SHORT) String website, @Size(max = CheckRequest.SHORT) String vertical,
                  @Size(max = CheckRequest.SHORT) String stockSymbol,
                  @Size(max = CheckRequest.SHORT) String stockExchange,
                  @Size(max = CheckRequest.SHORT) String altBusinessId,
                  @Size(max = CheckRequest.SHORT) String altBusinessIdType,
                  @Size(max = CheckRequest.SHORT) String firstName, @Size(max = CheckRequest.SHORT) String lastName,
                  @Size(max = CheckRequest.SHORT) String mobilePhone,
                  @Size(max = CheckRequest.SHORT) String brandRelationship) {

    BrandSubmission toSubmission() {
        return new BrandSubmission(entityType, displayName, companyName, ein, einIssuingCountry, phone, email, street,
                city, state, postalCode, country, website, vertical, stockSymbol, stockExchange, altBusinessId,
                altBusinessIdType, firstName, lastName, mobilePhone);
    }
}

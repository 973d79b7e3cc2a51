package io.tendlc.brand.tcr;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of TCR's {@code POST /brand/nonBlocking} and {@code PUT /brand/{brandId}}, field names as TCR's. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TcrBrandRequest(String entityType, String displayName, String companyName, String ein,
                              String einIssuingCountry, String phone, String street, String city, String state,
                              String postalCode, String country, String email, String website, String vertical,
                              String stockSymbol, String stockExchange, String brandRelationship,
                              String altBusinessId, String altBusinessIdType, String referenceId, String firstName,
                              String lastName, String mobilePhone) {
}

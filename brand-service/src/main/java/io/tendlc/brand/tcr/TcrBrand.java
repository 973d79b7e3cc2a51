package io.tendlc.brand.tcr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** TCR's view of a brand, as far as we read it (its answer carries every submitted field too). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TcrBrand(String brandId, String identityStatus, String identityStatusReason, String entityType,
                       String createDate, Integer vettingScore, String vettingStatus) {
}

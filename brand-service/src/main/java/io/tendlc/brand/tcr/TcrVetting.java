package io.tendlc.brand.tcr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An external vetting of a brand (e.g. by AEGIS): its status and, once scored, its score (0–100). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TcrVetting(String vettingId, String evpId, String vettingClass, String vettingStatus,
                         Integer vettingScore, String createDate, String vettedDate) {
}

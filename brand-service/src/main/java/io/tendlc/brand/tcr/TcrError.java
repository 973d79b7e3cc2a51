package io.tendlc.brand.tcr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One of TCR's reasons for refusing a request: {@code {"code": 502, "field": "ein", "description": "..."}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TcrError(Integer code, String field, String description) {
}

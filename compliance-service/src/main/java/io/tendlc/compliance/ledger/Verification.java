package io.tendlc.compliance.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** The answer of a chain check. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(
        @Schema(description = "Whether every entry's hash matches its content and links to the previous entry")
        boolean intact,
        @Schema(description = "How many entries the organization's chain holds") long entries,
        @Schema(description = "The seq of the first entry that does not fit; absent when intact")
        Long firstBrokenSeq,
        @Schema(description = "What is wrong with that entry; absent when intact") String problem,
        @Schema(description = "When the check ran") Instant checkedAt) {
}

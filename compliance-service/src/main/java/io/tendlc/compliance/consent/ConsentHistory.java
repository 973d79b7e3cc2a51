package io.tendlc.compliance.consent;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One person's consent history. */
record ConsentHistory(@Schema(description = "E.164") String phone,
                      @Schema(description = "OPTED_IN or OPTED_OUT as the newest entry left it; NONE without entries")
                      String status,
                      @Schema(description = "Every entry of this number, newest first") List<ConsentEntry> entries) {

    static ConsentHistory of(String phone, List<ConsentEntry> newestFirst) {
        String status = newestFirst.isEmpty() ? "NONE"
                : "OPT_OUT".equals(newestFirst.getFirst().type()) ? "OPTED_OUT" : "OPTED_IN";
        return new ConsentHistory(phone, status, newestFirst);
    }
}

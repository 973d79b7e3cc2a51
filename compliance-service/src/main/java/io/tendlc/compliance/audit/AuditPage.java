package io.tendlc.compliance.audit;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

record AuditPage(@Schema(description = "Newest first") List<AuditEntry> items,
                 @Schema(description = "Pass as before= for the next (older) page; null on the last page")
                 Long nextBefore) {
}

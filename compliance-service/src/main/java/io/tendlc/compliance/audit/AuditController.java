package io.tendlc.compliance.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.compliance.ledger.Verification;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log", description = "Who changed what and when, hash-chained per organization (compliance:read)")
class AuditController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "The organization's audit log, newest first, optionally of one resource type and id; page "
            + "with before = the previous page's nextBefore")
    AuditPage find(Caller caller,
                   @Parameter(description = "e.g. campaign, brand, member") @RequestParam(required = false)
                   String resourceType,
                   @Parameter(description = "The resource's id") @RequestParam(required = false) String resourceId,
                   @Parameter(description = "1–500, default 50") @RequestParam(required = false) Integer limit,
                   @Parameter(description = "Entries older than this: a seq (nextBefore) or an ISO-8601 instant")
                   @RequestParam(required = false) String before) {
        caller.require(Permissions.COMPLIANCE_READ);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiProblem.badRequest("validation", "limit: must be between 1 and " + MAX_LIMIT);
        }
        Long beforeSeq = null;
        Instant beforeTime = null;
        if (before != null && !before.isBlank()) {
            try {
                beforeSeq = Long.parseLong(before.strip());
            } catch (NumberFormatException notASeq) {
                try {
                    beforeTime = Instant.parse(before.strip());
                } catch (DateTimeParseException e) {
                    throw ApiProblem.badRequest("validation",
                            "before: must be a seq (a page's nextBefore) or an ISO-8601 instant");
                }
            }
        }
        return log.find(caller.organizationId(), blankToNull(resourceType), blankToNull(resourceId), beforeSeq,
                beforeTime, size);
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute every hash of the organization's audit log in seq order: {intact, entries, "
            + "firstBrokenSeq?, problem?, checkedAt}")
    Verification verify(Caller caller) {
        caller.require(Permissions.COMPLIANCE_READ);
        return log.verify(caller.organizationId());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

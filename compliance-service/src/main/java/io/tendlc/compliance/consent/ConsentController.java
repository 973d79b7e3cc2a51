package io.tendlc.compliance.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.compliance.ledger.Verification;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/consent")
@Tag(name = "Consent ledger", description = "Tamper-evident consent evidence: every opt-in, opt-out and re-opt-in of a "
        + "phone number, and each import's attestation, hash-chained per organization (compliance:read)")
class ConsentController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ConsentLedger ledger;
    private final Clock clock;

    ConsentController(ConsentLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The consent history of one phone number, newest first, with its current status")
    ConsentHistory history(Caller caller,
                           @Parameter(description = "E.164, e.g. +12025550123 (send + as %2B)")
                           @RequestParam String phone) {
        caller.require(Permissions.COMPLIANCE_READ);
        String number = PhoneParameter.parse(phone);
        return ConsentHistory.of(number, ledger.history(caller.organizationId(), number));
    }

    @GetMapping("/export")
    @Operation(summary = "Download one phone number's consent evidence, oldest first, as CSV or JSON (attachment); "
            + "each entry carries seq, prevHash and hash so it can be checked independently")
    ResponseEntity<byte[]> export(Caller caller,
                                  @Parameter(description = "E.164, e.g. +12025550123 (send + as %2B)")
                                  @RequestParam String phone,
                                  @Parameter(description = "csv (default) or json")
                                  @RequestParam(defaultValue = "csv") String format) {
        caller.require(Permissions.COMPLIANCE_READ);
        String number = PhoneParameter.parse(phone);
        String kind = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("json")) {
            throw ApiProblem.badRequest("invalid-format", "format: must be csv or json");
        }
        List<ConsentEntry> entries = ledger.chronological(caller.organizationId(), number);
        Instant now = clock.instant();
        byte[] body;
        MediaType type;
        if (kind.equals("csv")) {
            StringBuilder csv = new StringBuilder(Csv.line(ConsentEntry.COLUMNS));
            entries.forEach(e -> csv.append(Csv.line(e.row())));
            body = csv.toString().getBytes(StandardCharsets.UTF_8);
            type = CSV;
        } else {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("phone", number);
            document.put("organizationId", caller.organizationId());
            document.put("exportedAt", now);
            document.put("hashing", "hash = sha256_hex(prevHash + canonical JSON of the entry without hash: keys "
                    + "sorted, no whitespace, instants as ISO-8601 UTC to the millisecond, absent values as null)");
            document.put("entries", entries);
            body = JSON.writeValueAsBytes(document);
            type = MediaType.APPLICATION_JSON;
        }
        String filename = "consent-" + number.substring(1) + "-" + now.toString().substring(0, 10) + "." + kind;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute every hash of the organization's consent ledger in seq order: {intact, entries, "
            + "firstBrokenSeq?, problem?, checkedAt}")
    Verification verify(Caller caller) {
        caller.require(Permissions.COMPLIANCE_READ);
        return ledger.verify(caller.organizationId());
    }
}

package io.tendlc.compliance.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/** One administrative change as the audit log keeps it (every field present, null when it does not apply). */
record AuditEntry(@Schema(description = "Position in the organization's audit chain") long seq,
                  String organizationId,
                  @Schema(description = "Who: a user id or apikey:<id>") String actor,
                  @Schema(description = "What, e.g. campaign.submitted") String action,
                  String resourceType, String resourceId,
                  @Schema(description = "State before (JSON text; null when created)") String before,
                  @Schema(description = "State after (JSON text; null when deleted)") String after,
                  Instant occurredAt, String eventId, Instant recordedAt, String prevHash, String hash) {

    static AuditEntry of(Document d) {
        return new AuditEntry(d.get("seq") instanceof Number seq ? seq.longValue() : 0,
                d.getString("organizationId"),
                d.getString("actor"), d.getString("action"), d.getString("resourceType"), d.getString("resourceId"),
                d.getString("before"), d.getString("after"), instant(d, "occurredAt"), d.getString("eventId"),
                instant(d, "recordedAt"), d.getString("prevHash"), d.getString("hash"));
    }

    private static Instant instant(Document d, String key) {
        return d.get(key) instanceof Date date ? date.toInstant() : null;
    }
}

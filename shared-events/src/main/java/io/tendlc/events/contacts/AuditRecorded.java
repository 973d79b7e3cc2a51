package io.tendlc.events.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrative change, for the audit log ({@code audit.recorded}): who did what to which thing, when, and
 * the state before and after (JSON; null when created or deleted).
 */
public record AuditRecorded(UUID organizationId, String actor, String action, String resourceType,
                            String resourceId, String before, String after, Instant occurredAt) {
}

package io.tendlc.contact.segments;

import java.time.Instant;
import java.util.UUID;

/** A saved filter: its contacts are whoever matches it at the moment it is read. */
public record Segment(UUID id, String name, String filter, Instant createdAt, Instant updatedAt) {
}

package io.tendlc.contact.fields;

import java.time.Instant;

/** A custom field an organization defined for its contacts. */
public record CustomField(String key, String label, FieldType type, Instant createdAt) {
}

package io.tendlc.contact.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person an organization may text: one per phone number (E.164) per organization. {@code timeZoneDerived}: the
 * zone is the area code's, not one the organization gave.
 */
public record Contact(UUID id, UUID organizationId, String phone, String firstName, String lastName, String email,
                      String timeZone, boolean timeZoneDerived, Map<String, Object> customFields, List<String> tags,
                      String consentStatus, String consentSource, Instant consentAt, Instant createdAt,
                      Instant updatedAt) {
}

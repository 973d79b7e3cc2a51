package io.tendlc.events.contacts;

import java.util.UUID;

/**
 * A contact's lifecycle ({@code contact.created|updated|deleted}), keyed by contact id; bulk imports announce
 * themselves once with {@code contact.import_completed} ({@link ContactsImported}) instead of a million events.
 */
public record ContactChanged(UUID contactId, UUID organizationId, String phone, String consentStatus) {
}

package io.tendlc.events.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * A CSV import finished ({@code contact.import_completed}): how many rows, under which consent source and
 * attestation, and a SHA-256 of the imported phone numbers in order, so the consent ledger can keep one
 * tamper-evident record of the import's consent evidence.
 */
public record ContactsImported(UUID importId, UUID organizationId, UUID listId, long imported, long rejected,
                               String consentSource, String attestation, String phonesSha256, String importedBy,
                               Instant finishedAt) {
}

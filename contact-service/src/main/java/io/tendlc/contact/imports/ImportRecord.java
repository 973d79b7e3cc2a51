package io.tendlc.contact.imports;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A row of contact_import. */
record ImportRecord(UUID id, UUID organizationId, String fileName, String status, UUID listId, String consentSource,
                    String attestation, Map<String, String> mapping, List<String> header, char delimiter,
                    Charset encoding, String storedFile, long rowsTotal, long rowsImported, long rowsRejected,
                    long rowsDuplicate,
                    long contactsCreated, long bytesTotal, long bytesRead, String error, String createdBy,
                    Instant createdAt, Instant startedAt, Instant finishedAt, String phonesSha256) {

    static final String UPLOADED = "UPLOADED";
    static final String RUNNING = "RUNNING";
    static final String COMPLETED = "COMPLETED";
    static final String FAILED = "FAILED";

    boolean finished() {
        return COMPLETED.equals(status) || FAILED.equals(status);
    }
}

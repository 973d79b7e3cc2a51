package io.tendlc.contact.imports;

import io.tendlc.events.EventTypes;
import io.tendlc.events.contacts.AuditRecorded;
import io.tendlc.events.contacts.ContactsImported;
import io.tendlc.platform.events.EventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The end of an import, stored and announced in one transaction (outbox): {@code contact.import_completed} once
 * for the whole import (the consent ledger's evidence of the import) and {@code audit.recorded}; a failed import
 * is audited too.
 */
@Component
class ImportCompletion {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ImportStore store;
    private final EventPublisher events;

    ImportCompletion(ImportStore store, EventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Transactional
    void completed(ImportRecord job, ImportJob.Outcome outcome, JobProgress progress) {
        long imported = progress.imported.get();
        long rejected = progress.rejected.get();
        store.complete(job.id(), outcome.rowsTotal(), imported, rejected, progress.created.get(),
                outcome.duplicates(), outcome.bytesRead(), outcome.phonesSha256());
        Instant now = Instant.now();
        events.publish(EventTypes.CONTACT_IMPORT_COMPLETED, job.organizationId(), job.id().toString(),
                new ContactsImported(job.id(), job.organizationId(), job.listId(), imported, rejected,
                        job.consentSource(), job.attestation(), outcome.phonesSha256(), job.createdBy(), now));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", ImportRecord.COMPLETED);
        after.put("fileName", job.fileName());
        after.put("rowsTotal", outcome.rowsTotal());
        after.put("rowsImported", imported);
        after.put("rowsRejected", rejected);
        after.put("contactsCreated", progress.created.get());
        after.put("listId", job.listId());
        after.put("consentSource", job.consentSource());
        after.put("phonesSha256", outcome.phonesSha256());
        audit(job.organizationId(), job.createdBy(), "contact.import_completed", job.id(), after, now);
    }

    /** FAILED with the error; false when the import was not in {@code fromStatus} any more. */
    @Transactional
    boolean failed(UUID organizationId, UUID id, String actor, String error) {
        if (store.fail(id, error, ImportRecord.RUNNING) == 0) {
            return false;
        }
        ImportRecord job = store.find(organizationId, id).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", ImportRecord.FAILED);
        after.put("error", error);
        after.put("rowsImported", job.rowsImported());
        after.put("rowsRejected", job.rowsRejected());
        audit(organizationId, actor, "contact.import_failed", id, after, Instant.now());
        return true;
    }

    private void audit(UUID organizationId, String actor, String action, UUID id, Map<String, Object> after,
                       Instant at) {
        events.publish(EventTypes.AUDIT_RECORDED, organizationId, organizationId.toString(),
                new AuditRecorded(organizationId, actor, action, "contact_import", id.toString(), null,
                        JSON.writeValueAsString(after), at));
    }
}

package io.tendlc.contact.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the imports API. */
final class ImportViews {

    /**
     * The answer to an upload: what the file looks like and how we would map it. {@code encoding}: UTF-8, or
     * windows-1252 for a file that is not valid UTF-8 (an Excel "CSV (Comma delimited)" export).
     */
    record Uploaded(UUID id, String status, String fileName, long bytesTotal, String delimiter, String encoding,
                    List<String> header,
                    Map<String, String> suggestedMapping, List<List<String>> sampleRows) {
    }

    /**
     * @param mapping       column name → phone | first_name | last_name | email | tags | time_zone |
     *                      field.&lt;custom key&gt; | ignore (columns left out are ignored)
     * @param listId        a list of the organization every imported contact joins
     * @param consentSource where the consent of these people was collected (a web form URL, a paper form…); the
     *                      imported contacts become OPTED_IN — except those who opted out, who stay OPTED_OUT
     * @param attestation   the importer's statement that these people gave that consent; required with a source
     */
    record StartRequest(Map<String, String> mapping, UUID listId,
                        @jakarta.validation.constraints.Size(max = 500) String consentSource,
                        @jakarta.validation.constraints.Size(max = 4000) String attestation) {
    }

    /** Progress and outcome of an import. rowsTotal is known once the whole file is read. */
    record ImportView(UUID id, String status, String fileName, Long rowsTotal, long rowsImported, long rowsRejected,
                      long rowsDuplicate, long contactsCreated, long bytesRead, long bytesTotal, double percent,
                      long rowsPerSecond, UUID listId, String consentSource, Map<String, String> mapping,
                      String error, String phonesSha256, Instant createdAt, Instant startedAt, Instant finishedAt) {

        static ImportView of(ImportRecord r, JobProgress live) {
            long imported = r.rowsImported();
            long rejected = r.rowsRejected();
            long duplicates = r.rowsDuplicate();
            long created = r.contactsCreated();
            long bytesRead = r.bytesRead();
            if (live != null && live.started && ImportRecord.RUNNING.equals(r.status())) {
                imported = live.imported.get();
                rejected = live.rejected.get();
                created = live.created.get();
                duplicates = live.duplicates;
                bytesRead = live.bytesRead;
            }
            boolean completed = ImportRecord.COMPLETED.equals(r.status());
            double percent = completed ? 100.0 : r.bytesTotal() == 0 ? 0.0
                    : Math.min(99.9, Math.floor(bytesRead * 1000.0 / r.bytesTotal()) / 10.0);
            long rate = 0;
            if (r.startedAt() != null) {
                Instant end = r.finishedAt() != null ? r.finishedAt() : Instant.now();
                long ms = Math.max(1, Duration.between(r.startedAt(), end).toMillis());
                rate = (imported + rejected) * 1000 / ms;
            }
            return new ImportView(r.id(), r.status(), r.fileName(), completed ? r.rowsTotal() : null, imported,
                    rejected, duplicates, created, bytesRead, r.bytesTotal(), percent, rate, r.listId(),
                    r.consentSource(), r.mapping(), r.error(), r.phonesSha256(), r.createdAt(), r.startedAt(),
                    r.finishedAt());
        }
    }

    private ImportViews() {
    }
}

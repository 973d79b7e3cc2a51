package io.tendlc.contact.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** Upload, start and read imports — always within the caller's organization. */
@Service
class ImportService {

    private final ImportStore store;
    private final ImportJobs jobs;
    private final ImportProperties properties;
    private final JdbcTemplate jdbc;

    ImportService(ImportStore store, ImportJobs jobs, ImportProperties properties, JdbcTemplate jdbc) {
        this.store = store;
        this.jobs = jobs;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** Keeps the file (the servlet container already streamed it to disk) and reads its shape. */
    ImportViews.Uploaded upload(Caller caller, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ApiProblem.badRequest("empty-file", "Upload a non-empty CSV file as the multipart part 'file'.");
        }
        UUID id = UUID.randomUUID();
        Path target;
        CsvFormat format;
        try {
            Path dir = Files.createDirectories(properties.storageDirectory().resolve(caller.organizationId().toString()));
            target = dir.resolve(id + ".csv");
            file.transferTo(target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload", e);
        }
        try {
            format = CsvFormat.sniff(target);
        } catch (IOException | CsvParseException e) {
            delete(target);
            throw ApiProblem.badRequest("invalid-csv", "The file is not a readable CSV file.");
        }
        if (format.header().isEmpty()) {
            delete(target);
            throw ApiProblem.badRequest("empty-file", "The file has no header row.");
        }
        String fileName = fileName(file.getOriginalFilename());
        long bytes;
        try {
            bytes = Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.insertUploaded(id, caller.organizationId(), fileName, target.toString(), bytes, format, caller.subject());
        Map<String, String> suggested = MappingSuggester.suggest(format.header(),
                store.customFieldKeys(caller.organizationId()));
        return new ImportViews.Uploaded(id, ImportRecord.UPLOADED, fileName, bytes, String.valueOf(format.delimiter()),
                format.charset().name(), format.header(), suggested, format.sampleRows());
    }

    /**
     * UPLOADED → RUNNING with the given mapping; a FAILED import is resumed with the settings it was started
     * with (the request's are ignored), writing only the rows after its last committed chunk.
     */
    ImportViews.ImportView start(Caller caller, UUID id, ImportViews.StartRequest request) {
        ImportRecord job = find(caller, id);
        UUID org = caller.organizationId();
        jobs.requireCapacity();
        Map<String, String> types = store.customFieldTypes(org);
        if (ImportRecord.FAILED.equals(job.status())) {
            if (job.storedFile() == null || !Files.exists(Path.of(job.storedFile()))) {
                throw new ApiProblem(HttpStatus.CONFLICT, "file-gone", "The file is gone",
                        "The uploaded file of this import is no longer stored; upload it again.");
            }
            FieldMapping mapping = FieldMapping.of(job.header(), job.mapping(), types);
            return begin(job, mapping, ImportRecord.FAILED, job.mapping(), job.listId(), job.consentSource(),
                    job.attestation());
        }
        if (!ImportRecord.UPLOADED.equals(job.status())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "import-not-startable", "Import already started",
                    "This import is " + job.status() + "; only an UPLOADED (or a FAILED) import can be started.");
        }
        if (request == null || request.mapping() == null || request.mapping().isEmpty()) {
            throw ApiProblem.badRequest("phone-column-required", "Give a mapping {column → field} with a phone column.");
        }
        String source = blankToNull(request.consentSource());
        String attestation = blankToNull(request.attestation());
        if (source != null && attestation == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "attestation-required", "Attestation required",
                    "Importing contacts with a consent source needs an attestation: your statement that every person "
                            + "in the file gave that consent.");
        }
        if (request.listId() != null && !store.listExists(org, request.listId())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "unknown-list", "Unknown list",
                    "The organization has no list " + request.listId() + ".");
        }
        FieldMapping mapping = FieldMapping.of(job.header(), request.mapping(), types);
        return begin(job, mapping, ImportRecord.UPLOADED, request.mapping(), request.listId(), source, attestation);
    }

    private ImportViews.ImportView begin(ImportRecord job, FieldMapping mapping, String from, Map<String, String> map,
                                         UUID listId, String source, String attestation) {
        if (!store.markRunning(job.organizationId(), job.id(), from, map, listId, source, attestation)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "import-not-startable", "Import already started",
                    "This import was started by another request.");
        }
        ImportRecord running = store.find(job.organizationId(), job.id()).orElseThrow();
        jobs.submit(running, mapping);
        return ImportViews.ImportView.of(running, null);
    }

    /** Asks the instance running the import to stop it; it notices on its next progress tick. */
    ImportViews.ImportView stop(Caller caller, UUID id) {
        ImportRecord job = find(caller, id);
        if (!store.requestStop(caller.organizationId(), id)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "import-not-running", "Import not running",
                    "This import is " + job.status() + "; only a RUNNING import can be stopped.");
        }
        return view(caller, id);
    }

    ImportViews.ImportView view(Caller caller, UUID id) {
        ImportRecord job = find(caller, id);
        return ImportViews.ImportView.of(job, jobs.live(id));
    }

    java.util.List<ImportViews.ImportView> list(Caller caller, int limit) {
        return store.list(caller.organizationId(), limit).stream()
                .map(r -> ImportViews.ImportView.of(r, jobs.live(r.id()))).toList();
    }

    ImportRecord find(Caller caller, UUID id) {
        return store.find(caller.organizationId(), id).orElseThrow(() -> ApiProblem.notFound("Import " + id));
    }

    /** Streams the rejections (row, reason, raw row) as CSV, with a database cursor: any number of rows. */
    @Transactional(readOnly = true)
    public void writeRejections(UUID organizationId, UUID id, OutputStream out) throws IOException {
        var writer = de.siegmar.fastcsv.writer.CsvWriter.builder().build(
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        writer.writeRecord("row", "reason", "raw");
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select r.row_number, r.reason, r.raw from import_rejection r
                    join contact_import i on i.id = r.import_id
                    where r.import_id = ? and i.organization_id = ? order by r.row_number""");
            ps.setObject(1, id);
            ps.setObject(2, organizationId);
            ps.setFetchSize(5000);
            return ps;
        }, rs -> {
            writer.writeRecord(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3));
        });
        writer.flush();
    }

    private static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "upload.csv";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload.csv" : name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
    }
}

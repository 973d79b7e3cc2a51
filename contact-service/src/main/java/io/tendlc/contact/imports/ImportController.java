package io.tendlc.contact.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@RestController
@Validated
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "CSV contact imports with progress (contacts:read, contacts:write)")
class ImportController {

    private final ImportService imports;
    private final ImportProperties properties;
    private final JsonMapper json;

    ImportController(ImportService imports, ImportProperties properties, JsonMapper json) {
        this.imports = imports;
        this.properties = properties;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a CSV file (multipart part 'file', streamed to disk): answers its header, a "
            + "suggested column → field mapping and sample rows; nothing is imported until /start")
    ResponseEntity<ImportViews.Uploaded> upload(Caller caller, @RequestPart("file") MultipartFile file) {
        caller.require(Permissions.CONTACTS_WRITE);
        ImportViews.Uploaded uploaded = imports.upload(caller, file);
        return ResponseEntity.created(URI.create("/api/v1/imports/" + uploaded.id())).body(uploaded);
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Start importing with a mapping, an optional list and consent source (which needs an "
            + "attestation); a FAILED import is resumed after its last committed chunk")
    ResponseEntity<ImportViews.ImportView> start(Caller caller, @PathVariable UUID id,
                                                 @Valid @RequestBody(required = false) ImportViews.StartRequest request) {
        caller.require(Permissions.CONTACTS_WRITE);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.start(caller, id, request));
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop a RUNNING import after the chunks it has committed (within about a second); it becomes "
            + "FAILED with what it applied, and starting it again resumes it; 409 import-not-running otherwise")
    ResponseEntity<ImportViews.ImportView> stop(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CONTACTS_WRITE);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.stop(caller, id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status and progress: rows imported/rejected, bytes read, percent, rows per second")
    ImportViews.ImportView get(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CONTACTS_READ);
        return imports.view(caller, id);
    }

    @GetMapping
    @Operation(summary = "The organization's imports, newest first")
    List<ImportViews.ImportView> list(Caller caller,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        caller.require(Permissions.CONTACTS_READ);
        return imports.list(caller, limit);
    }

    @GetMapping(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: the import's progress (event 'progress', same body as GET) every "
            + "~500 ms until it is COMPLETED or FAILED")
    void events(Caller caller, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        caller.require(Permissions.CONTACTS_READ);
        ImportViews.ImportView view = imports.view(caller, id); // 404 before anything is written
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        OutputStream out = response.getOutputStream();
        // a virtual thread per request: blocking here between events costs no platform thread
        while (true) {
            out.write(("event: progress\nid: " + System.currentTimeMillis() + "\ndata: "
                    + json.writeValueAsString(view) + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (ImportRecord.COMPLETED.equals(view.status()) || ImportRecord.FAILED.equals(view.status())) {
                return;
            }
            try {
                Thread.sleep(properties.progressInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            view = imports.view(caller, id);
        }
    }

    @GetMapping(value = "/{id}/rejections.csv", produces = "text/csv")
    @Operation(summary = "Every rejected row as CSV: row number (the header is row 1), reason, the raw row")
    void rejections(Caller caller, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        caller.require(Permissions.CONTACTS_READ);
        imports.find(caller, id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-rejections.csv\"");
        imports.writeRejections(caller.organizationId(), id, response.getOutputStream());
    }
}

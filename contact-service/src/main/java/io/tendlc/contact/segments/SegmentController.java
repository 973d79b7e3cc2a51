package io.tendlc.contact.segments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.contact.audit.AuditTrail;
import io.tendlc.events.Uuids;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments", description = "Saved filters over contacts (the filter language is in the contact-service README)")
class SegmentController {

    record SegmentRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = FilterParser.MAX_LENGTH) String filter) {
    }

    record SegmentPatch(@Size(min = 1, max = 200) String name, @Size(min = 1, max = FilterParser.MAX_LENGTH) String filter) {
    }

    record CountRequest(@NotBlank @Size(max = FilterParser.MAX_LENGTH) String filter) {
    }

    record Count(long count) {
    }

    private final Segments segments;
    private final AuditTrail audit;

    SegmentController(Segments segments, AuditTrail audit) {
        this.segments = segments;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The organization's segments, by name")
    List<Segment> list(Caller caller) {
        caller.require(Permissions.CONTACTS_READ);
        return segments.list(caller.organizationId());
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Save a segment", description = "400 invalid-filter (with the position) if the filter is not "
            + "valid; 409 segment-exists if the name is taken. Its contacts: GET /api/v1/segments/{id}/contacts.")
    ResponseEntity<Segment> create(Caller caller, @Valid @RequestBody SegmentRequest request) {
        caller.require(Permissions.CONTACTS_WRITE);
        segments.condition(caller.organizationId(), request.filter());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Segment segment = new Segment(Uuids.timeOrdered(), request.name().trim(), request.filter(), now, now);
        if (!segments.insert(caller.organizationId(), segment)) {
            throw exists(segment.name());
        }
        audit.record(caller, "segment.created", "segment", segment.id().toString(), null, segment);
        return ResponseEntity.created(URI.create("/api/v1/segments/" + segment.id())).body(segment);
    }

    @PostMapping("/count")
    @Operation(summary = "Count the contacts a filter matches now (live, while a segment is being edited)",
            description = "400 invalid-filter with the position if the filter is not valid.")
    Count count(Caller caller, @Valid @RequestBody CountRequest request) {
        caller.require(Permissions.CONTACTS_READ);
        return new Count(segments.count(caller.organizationId(), segments.condition(caller.organizationId(), request.filter())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One segment")
    Segment get(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CONTACTS_READ);
        return segments.find(caller.organizationId(), id).orElseThrow(() -> ApiProblem.notFound("Segment"));
    }

    @PatchMapping("/{id}")
    @Transactional
    @Operation(summary = "Rename a segment or change its filter (absent fields stay)")
    Segment edit(Caller caller, @PathVariable UUID id, @Valid @RequestBody SegmentPatch patch) {
        caller.require(Permissions.CONTACTS_WRITE);
        Segment before = get(caller, id);
        if (patch.filter() != null) {
            segments.condition(caller.organizationId(), patch.filter());
        }
        Segment after = new Segment(id, patch.name() == null ? before.name() : patch.name().trim(),
                patch.filter() == null ? before.filter() : patch.filter(), before.createdAt(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        try {
            segments.update(caller.organizationId(), after);
        } catch (DuplicateKeyException e) {
            throw exists(after.name());
        }
        audit.record(caller, "segment.updated", "segment", id.toString(), before, after);
        return after;
    }

    @DeleteMapping("/{id}")
    @Transactional
    @Operation(summary = "Delete a segment (its contacts stay)")
    ResponseEntity<Void> delete(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CONTACTS_WRITE);
        Segment before = get(caller, id);
        segments.delete(caller.organizationId(), id);
        audit.record(caller, "segment.deleted", "segment", id.toString(), before, null);
        return ResponseEntity.noContent().build();
    }

    private static ApiProblem exists(String name) {
        return new ApiProblem(HttpStatus.CONFLICT, "segment-exists", "Segment exists",
                "The organization already has a segment named " + name + ".", Map.of("name", name));
    }
}

package io.tendlc.contact.lists;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.contact.audit.AuditTrail;
import io.tendlc.events.Uuids;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
@RequestMapping("/api/v1/lists")
@Tag(name = "Lists", description = "Static lists of contacts (their contacts: GET /api/v1/contacts?listId=)")
class ListController {

    record ListRequest(@NotBlank @Size(max = 200) String name) {
    }

    record MembersRequest(@NotEmpty @Size(max = 1000) List<@NotNull UUID> contactIds) {
    }

    private final ContactLists lists;
    private final AuditTrail audit;

    ListController(ContactLists lists, AuditTrail audit) {
        this.lists = lists;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The organization's lists with their member counts, by name")
    List<ContactList> list(Caller caller) {
        caller.require(Permissions.CONTACTS_READ);
        return lists.list(caller.organizationId());
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Create a list", description = "409 list-exists if the name is taken (case-insensitively). "
            + "Recorded in the audit log.")
    ResponseEntity<ContactList> create(Caller caller, @Valid @RequestBody ListRequest request) {
        caller.require(Permissions.CONTACTS_WRITE);
        ContactList list = new ContactList(Uuids.timeOrdered(), request.name().trim(), 0,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        if (!lists.insert(caller.organizationId(), list)) {
            throw exists(list.name());
        }
        audit.record(caller, "list.created", "list", list.id().toString(), null, list);
        return ResponseEntity.created(URI.create("/api/v1/lists/" + list.id())).body(list);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One list with its member count")
    ContactList get(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CONTACTS_READ);
        return lists.find(caller.organizationId(), id).orElseThrow(() -> ApiProblem.notFound("List"));
    }

    @PatchMapping("/{id}")
    @Transactional
    @Operation(summary = "Rename a list", description = "409 list-exists if the name is taken. Recorded in the audit log.")
    ContactList rename(Caller caller, @PathVariable UUID id, @Valid @RequestBody ListRequest request) {
        caller.require(Permissions.CONTACTS_WRITE);
        ContactList before = get(caller, id);
        try {
            lists.rename(caller.organizationId(), id, request.name().trim());
        } catch (DuplicateKeyException e) {
            throw exists(request.name().trim());
        }
        ContactList after = get(caller, id);
        audit.record(caller, "list.renamed", "list", id.toString(), before, after);
        return after;
    }

    @DeleteMapping("/{id}")
    @Transactional
    @Operation(summary = "Delete a list (its contacts stay)", description = "Recorded in the audit log.")
    ResponseEntity<Void> delete(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CONTACTS_WRITE);
        ContactList before = get(caller, id);
        lists.delete(caller.organizationId(), id);
        audit.record(caller, "list.deleted", "list", id.toString(), before, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/members")
    @Transactional
    @Operation(summary = "Add contacts to a list (up to 1,000 ids a call)",
            description = "Answers how many were added, how many were members already, and how many ids are no "
                    + "contact of the organization (those are skipped).")
    ContactLists.Added addMembers(Caller caller, @PathVariable UUID id, @Valid @RequestBody MembersRequest request) {
        caller.require(Permissions.CONTACTS_WRITE);
        get(caller, id);
        return lists.add(caller.organizationId(), id, request.contactIds());
    }

    @DeleteMapping("/{id}/members/{contactId}")
    @Operation(summary = "Remove a contact from a list (the contact stays)")
    ResponseEntity<Void> removeMember(Caller caller, @PathVariable UUID id, @PathVariable UUID contactId) {
        caller.require(Permissions.CONTACTS_WRITE);
        get(caller, id);
        if (!lists.remove(id, contactId)) {
            throw ApiProblem.notFound("List member");
        }
        return ResponseEntity.noContent().build();
    }

    private static ApiProblem exists(String name) {
        return new ApiProblem(HttpStatus.CONFLICT, "list-exists", "List exists",
                "The organization already has a list named " + name + ".", Map.of("name", name));
    }
}

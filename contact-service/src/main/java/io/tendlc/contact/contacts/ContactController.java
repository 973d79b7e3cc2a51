package io.tendlc.contact.contacts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.contact.contacts.ContactRequests.ContactPage;
import io.tendlc.contact.contacts.ContactRequests.ContactPatch;
import io.tendlc.contact.contacts.ContactRequests.ContactRequest;
import io.tendlc.contact.contacts.ContactRequests.ContactView;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@Validated
@Tag(name = "Contacts", description = "An organization's contacts: one per US phone number, with names, email, "
        + "time zone, typed custom fields, tags and consent status")
class ContactController {

    private final ContactEditor editor;
    private final ContactQuery query;
    private final Contacts contacts;

    ContactController(ContactEditor editor, ContactQuery query, Contacts contacts) {
        this.editor = editor;
        this.query = query;
        this.contacts = contacts;
    }

    @PostMapping("/api/v1/contacts")
    @Operation(summary = "Create a contact",
            description = "The phone is read as a US number ((512) 555-0100, +1 512 555 0100...) and stored in E.164; "
                    + "invalid or non-US numbers are 422 invalid-phone with the reason. The time zone is the number's "
                    + "area code's when not given. Custom field values must match their field's type (422 "
                    + "invalid-custom-field). A phone number the organization already has is 409 contact-exists with "
                    + "existingId. Publishes contact.created.")
    ResponseEntity<ContactView> create(Caller caller, @Valid @RequestBody ContactRequest request) {
        caller.require(Permissions.CONTACTS_WRITE);
        Contact contact = editor.create(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.id())).body(ContactView.of(contact));
    }

    @GetMapping("/api/v1/contacts")
    @Operation(summary = "Search and page through contacts, newest first",
            description = "q: prefix of a phone number, first or last name, or email; tag, listId, segmentId, consent "
                    + "(NONE|OPTED_IN|OPTED_OUT) narrow it further. Keyset paging: pass nextCursor back as cursor; "
                    + "pages stay stable while contacts are added or removed.")
    ContactPage list(Caller caller, @RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                     @RequestParam(required = false) UUID listId, @RequestParam(required = false) UUID segmentId,
                     @RequestParam(required = false) @Pattern(regexp = "NONE|OPTED_IN|OPTED_OUT") String consent,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                     @RequestParam(required = false) String cursor) {
        caller.require(Permissions.CONTACTS_READ);
        return query.page(caller.organizationId(), new ContactQuery.Criteria(q, tag, listId, segmentId, consent),
                cursor, limit);
    }

    @GetMapping("/api/v1/segments/{id}/contacts")
    @Operation(summary = "The contacts a segment matches now, newest first (keyset paging as GET /api/v1/contacts)")
    ContactPage segmentContacts(Caller caller, @PathVariable UUID id,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                                @RequestParam(required = false) String cursor) {
        caller.require(Permissions.CONTACTS_READ);
        return query.page(caller.organizationId(), new ContactQuery.Criteria(null, null, null, id, null), cursor, limit);
    }

    @GetMapping("/api/v1/contacts/{id}")
    @Operation(summary = "One contact")
    ContactView get(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CONTACTS_READ);
        return ContactView.of(contacts.find(caller.organizationId(), id).orElseThrow(() -> ApiProblem.notFound("Contact")));
    }

    @PatchMapping("/api/v1/contacts/{id}")
    @Operation(summary = "Change a contact",
            description = "Absent fields stay; \"\" clears a text field (timeZone \"\" derives it from the number "
                    + "again); customFields are merged, a null value removes one; tags replace the contact's. A new "
                    + "phone already taken is 409 contact-exists. Consent is not set here: it follows the consent "
                    + "ledger's events. Publishes contact.updated.")
    ContactView edit(Caller caller, @PathVariable UUID id, @Valid @RequestBody ContactPatch patch) {
        caller.require(Permissions.CONTACTS_WRITE);
        return ContactView.of(editor.update(caller, id, patch));
    }

    @DeleteMapping("/api/v1/contacts/{id}")
    @Operation(summary = "Delete a contact (and its list memberships)",
            description = "Publishes contact.deleted and records the deletion in the audit log. The consent ledger "
                    + "keeps the number's consent history, and opt-outs stay in force.")
    ResponseEntity<Void> delete(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CONTACTS_WRITE);
        editor.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}

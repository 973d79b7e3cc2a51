package io.tendlc.contact.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.contact.audit.AuditTrail;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/contacts/fields")
@Tag(name = "Custom fields", description = "Typed custom fields (TEXT, NUMBER, DATE, BOOLEAN) an organization defines for its contacts")
class CustomFieldController {

    record FieldRequest(@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,62}",
                                message = "must be lowercase letters, digits and _ starting with a letter (at most 63)")
                        String key,
                        @NotBlank @Size(max = 100) String label,
                        @NotNull @Pattern(regexp = "TEXT|NUMBER|DATE|BOOLEAN", message = "must be TEXT, NUMBER, DATE or BOOLEAN")
                        String type) {
    }

    private final CustomFields fields;
    private final AuditTrail audit;

    CustomFieldController(CustomFields fields, AuditTrail audit) {
        this.fields = fields;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The organization's custom fields, by key")
    List<CustomField> list(Caller caller) {
        caller.require(Permissions.CONTACTS_READ);
        return fields.list(caller.organizationId());
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Define a custom field",
            description = "Contacts' values of it are then checked against its type (422 invalid-custom-field); "
                    + "409 field-exists if the key is taken. Recorded in the audit log.")
    ResponseEntity<CustomField> define(Caller caller, @Valid @RequestBody FieldRequest request) {
        caller.require(Permissions.CONTACTS_WRITE);
        CustomField field = new CustomField(request.key(), request.label().trim(), FieldType.valueOf(request.type()),
                CustomFields.now());
        if (!fields.insert(caller.organizationId(), field)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "field-exists", "Custom field exists",
                    "The organization already has a custom field " + request.key() + ".", Map.of("key", request.key()));
        }
        audit.record(caller, "custom_field.created", "custom_field", field.key(), null, field);
        return ResponseEntity.created(URI.create("/api/v1/contacts/fields/" + field.key())).body(field);
    }

    @DeleteMapping("/{key}")
    @Transactional
    @Operation(summary = "Delete a custom field and every contact's value of it", description = "Recorded in the audit log.")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String key) {
        caller.require(Permissions.CONTACTS_WRITE);
        CustomField field = fields.find(caller.organizationId(), key).orElseThrow(() -> ApiProblem.notFound("Custom field"));
        fields.delete(caller.organizationId(), key);
        audit.record(caller, "custom_field.deleted", "custom_field", key, field, null);
        return ResponseEntity.noContent().build();
    }
}

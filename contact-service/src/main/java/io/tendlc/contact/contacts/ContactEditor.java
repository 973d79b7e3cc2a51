package io.tendlc.contact.contacts;

import io.tendlc.contact.audit.AuditTrail;
import io.tendlc.contact.contacts.ContactRequests.ContactPatch;
import io.tendlc.contact.contacts.ContactRequests.ContactRequest;
import io.tendlc.contact.contacts.ContactRequests.ContactView;
import io.tendlc.contact.fields.CustomFields;
import io.tendlc.contact.phones.PhoneNumbers;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Uuids;
import io.tendlc.events.contacts.ContactChanged;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Creates, changes and deletes contacts, publishing contact.created|updated|deleted in the same transaction. */
@Service
class ContactEditor {

    private final Contacts contacts;
    private final CustomFields fields;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ContactEditor(Contacts contacts, CustomFields fields, EventPublisher events, AuditTrail audit, JdbcClient jdbc) {
        this.contacts = contacts;
        this.fields = fields;
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    public Contact create(Caller caller, ContactRequest r) {
        UUID org = caller.organizationId();
        String phone = PhoneNumbers.normalize(r.phone());
        Map<String, Object> custom = new LinkedHashMap<>(fields.typed(org, r.customFields()));
        custom.values().removeIf(Objects::isNull);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String given = blankToNull(r.timeZone());
        String zone = given != null ? given : PhoneNumbers.timeZoneOf(phone).orElse(null);
        Contact contact = new Contact(Uuids.timeOrdered(), org, phone, blankToNull(r.firstName()),
                blankToNull(r.lastName()), blankToNull(r.email()), zone, given == null && zone != null, custom,
                tags(r.tags()), "NONE", null, null, now, now);
        if (!contacts.insert(contact)) {
            throw exists(org, phone);
        }
        // consent events about this number that arrived before it was a contact
        jdbc.sql("""
                        update contact c set consent_status = s.status, consent_source = s.source,
                            consent_at = s.occurred_at
                        from consent_state s
                        where c.id = ? and s.organization_id = c.organization_id and s.phone = c.phone""")
                .param(contact.id()).update();
        contact = contacts.find(org, contact.id()).orElseThrow();
        publish(EventTypes.CONTACT_CREATED, contact);
        return contact;
    }

    @Transactional
    public Contact update(Caller caller, UUID id, ContactPatch p) {
        UUID org = caller.organizationId();
        Contact before = contacts.lock(org, id).orElseThrow(() -> ApiProblem.notFound("Contact"));
        String phone = p.phone() == null ? before.phone() : PhoneNumbers.normalize(p.phone());
        if (!phone.equals(before.phone()) && contacts.idOfPhone(org, phone).isPresent()) {
            throw exists(org, phone);
        }
        String zone;
        boolean derived;
        if (p.timeZone() != null && !p.timeZone().isBlank()) {
            zone = p.timeZone();
            derived = false;
        } else if (p.timeZone() != null || (!phone.equals(before.phone())
                && (before.timeZoneDerived() || before.timeZone() == null))) {
            // "" asks for the number's zone; a new number brings its own unless the zone was given
            zone = PhoneNumbers.timeZoneOf(phone).orElse(null);
            derived = zone != null;
        } else {
            zone = before.timeZone();
            derived = before.timeZoneDerived();
        }
        Map<String, Object> custom = new LinkedHashMap<>(before.customFields());
        fields.typed(org, p.customFields()).forEach((key, value) -> {
            if (value == null) {
                custom.remove(key);
            } else {
                custom.put(key, value);
            }
        });
        Contact after = new Contact(id, org, phone, patched(before.firstName(), p.firstName()),
                patched(before.lastName(), p.lastName()), patched(before.email(), p.email()), zone, derived, custom,
                p.tags() == null ? before.tags() : tags(p.tags()), before.consentStatus(), before.consentSource(),
                before.consentAt(), before.createdAt(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        try {
            contacts.update(after);
        } catch (DuplicateKeyException raced) { // the transaction is aborted: no query for the other's id
            throw new ApiProblem(HttpStatus.CONFLICT, "contact-exists", "Contact exists",
                    "The organization already has a contact with this phone number.");
        }
        after = contacts.find(org, id).orElseThrow();
        publish(EventTypes.CONTACT_UPDATED, after);
        return after;
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        Contact before = contacts.lock(caller.organizationId(), id).orElseThrow(() -> ApiProblem.notFound("Contact"));
        contacts.delete(caller.organizationId(), id);
        publish(EventTypes.CONTACT_DELETED, before);
        audit.record(caller, "contact.deleted", "contact", id.toString(), ContactView.of(before), null);
    }

    private void publish(EventType<ContactChanged> type, Contact c) {
        events.publish(type, c.organizationId(), c.id().toString(),
                new ContactChanged(c.id(), c.organizationId(), c.phone(), c.consentStatus()));
    }

    private ApiProblem exists(UUID org, String phone) {
        UUID existing = contacts.idOfPhone(org, phone).orElse(null);
        return new ApiProblem(HttpStatus.CONFLICT, "contact-exists", "Contact exists",
                "The organization already has a contact with this phone number.",
                existing == null ? Map.of() : Map.of("existingId", existing));
    }

    private static List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(tags.stream().map(String::trim).filter(t -> !t.isEmpty()).toList()));
    }

    private static String patched(String before, String patch) {
        return patch == null ? before : blankToNull(patch);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

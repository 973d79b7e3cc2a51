package io.tendlc.contact.contacts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the contacts API takes and gives. */
final class ContactRequests {

    /** A new contact; the phone as people write it (US), the time zone derived from it when absent. */
    record ContactRequest(@NotBlank @Size(max = 40) String phone,
                          @Size(max = 100) String firstName,
                          @Size(max = 100) String lastName,
                          @Email @Size(max = 254) String email,
                          @IanaTimeZone String timeZone,
                          Map<String, Object> customFields,
                          @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags) {
    }

    /**
     * Changes: absent fields stay, "" clears a text field, a custom field set to null is removed (the others are
     * merged), tags replace the contact's tags.
     */
    record ContactPatch(@Size(min = 1, max = 40) String phone,
                        @Size(max = 100) String firstName,
                        @Size(max = 100) String lastName,
                        @Email @Size(max = 254) String email,
                        @IanaTimeZone String timeZone,
                        Map<String, Object> customFields,
                        @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags) {
    }

    /** {@code timeZoneDerived}: the zone is the area code's (a guess), not one the organization gave. */
    record ContactView(UUID id, String phone, String firstName, String lastName, String email, String timeZone,
                       boolean timeZoneDerived, Map<String, Object> customFields, List<String> tags,
                       String consentStatus, String consentSource, Instant consentAt, Instant createdAt,
                       Instant updatedAt) {

        static ContactView of(Contact c) {
            return new ContactView(c.id(), c.phone(), c.firstName(), c.lastName(), c.email(), c.timeZone(),
                    c.timeZoneDerived(), c.customFields(), c.tags(), c.consentStatus(), c.consentSource(),
                    c.consentAt(), c.createdAt(), c.updatedAt());
        }
    }

    /** One page; {@code nextCursor} is null on the last one. */
    record ContactPage(List<ContactView> items, String nextCursor) {
    }

    private ContactRequests() {
    }
}

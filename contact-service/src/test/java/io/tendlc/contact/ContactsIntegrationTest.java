package io.tendlc.contact;

import io.tendlc.events.EventTypes;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformIntegrationTest
class ContactsIntegrationTest {

    static final String CONTACTS = "/api/v1/contacts";

    @LocalServerPort
    int port;

    TestContacts org;

    @BeforeEach
    void newOrganization() {
        org = new TestContacts(port);
    }

    @Test
    void aContactIsStoredInE164WithTheZoneOfItsAreaCodeAndAnnounced() {
        JsonNode created = org.contact("""
                {"phone": "(512) 555-0100", "firstName": " Ada ", "lastName": "Lovelace", "email": "ada@example.com",
                 "tags": ["vip", "vip", " beta "]}""");
        assertThat(created.path("phone").asString()).isEqualTo("+15125550100");
        assertThat(created.path("timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(created.path("firstName").asString()).isEqualTo("Ada");
        assertThat(created.path("consentStatus").asString()).isEqualTo("NONE");
        assertThat(created.path("tags").toString()).isEqualTo("[\"vip\",\"beta\"]");
        String id = created.path("id").asString();
        assertThat(org.get(CONTACTS + "/" + id).json().path("email").asString()).isEqualTo("ada@example.com");

        RecordedEvents.Recorded event = RecordedEvents.await(EventTypes.CONTACT_CREATED,
                c -> c.contactId().toString().equals(id));
        assertThat(event.key()).isEqualTo(id);
        assertThat(event.eventTypeHeader()).isEqualTo("contact.created");
        assertThat(event.envelope().organizationId()).isEqualTo(org.organization);
    }

    @Test
    void aGivenTimeZoneWinsAndMustBeARealOne() {
        JsonNode created = org.contact("{\"phone\": \"+1 212 555 0100\", \"timeZone\": \"America/Los_Angeles\"}");
        assertThat(created.path("timeZone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(created.path("timeZoneDerived").asBoolean()).isFalse();
        JsonNode derived = org.contact("{\"phone\": \"212-555-0101\"}");
        assertThat(derived.path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(derived.path("timeZoneDerived").asBoolean()).isTrue();
        // a given zone stays when the number changes; the area code's follows the number
        String given = created.path("id").asString();
        JsonNode moved = org.patch(CONTACTS + "/" + given, "{\"phone\": \"512-555-0100\"}").json();
        assertThat(moved.path("timeZone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(moved.path("timeZoneDerived").asBoolean()).isFalse();
        JsonNode reset = org.patch(CONTACTS + "/" + given, "{\"timeZone\": \"\"}").json();
        assertThat(reset.path("timeZone").asString()).as("\"\" asks for the area code's").isEqualTo("America/Chicago");
        assertThat(reset.path("timeZoneDerived").asBoolean()).isTrue();
        Api.Reply offset = org.post(CONTACTS, "{\"phone\": \"212-555-0102\", \"timeZone\": \"+02:00\"}");
        assertThat(offset.status()).isEqualTo(400);
        assertThat(offset.text("type")).isEqualTo("https://tendlc.io/problems/validation");
    }

    @Test
    void invalidAndForeignNumbersAreRefusedWithTheReason() {
        Api.Reply shortNumber = org.post(CONTACTS, "{\"phone\": \"512-555-010\"}");
        assertThat(shortNumber.status()).isEqualTo(422);
        assertThat(shortNumber.text("type")).isEqualTo("https://tendlc.io/problems/invalid-phone");
        assertThat(shortNumber.text("reason")).contains("too short");

        Api.Reply london = org.post(CONTACTS, "{\"phone\": \"+44 20 7946 0958\"}");
        assertThat(london.status()).isEqualTo(422);
        assertThat(london.text("reason")).contains("Only US numbers").contains("GB");

        Api.Reply toronto = org.post(CONTACTS, "{\"phone\": \"+1 416 555 0123\"}");
        assertThat(toronto.status()).isEqualTo(422);
        assertThat(toronto.text("reason")).contains("CA");

        assertThat(org.post(CONTACTS, "{\"phone\": \"call me\"}").status()).isEqualTo(422);
        assertThat(org.post(CONTACTS, "{}").status()).isEqualTo(400);
        assertThat(org.post(CONTACTS, "{\"phone\": \"5125550100\", \"email\": \"not-an-email\"}").status()).isEqualTo(400);
        assertThat(org.get(CONTACTS).json().path("items")).isEmpty();
    }

    @Test
    void theSameNumberTwiceIsAConflictNamingTheExistingContact() {
        String id = org.contactId("512-555-0100", "First");
        Api.Reply again = org.post(CONTACTS, "{\"phone\": \"+1 (512) 555-0100\", \"firstName\": \"Second\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("https://tendlc.io/problems/contact-exists");
        assertThat(again.text("existingId")).isEqualTo(id);

        // another organization may have the same person
        assertThat(new TestContacts(port).post(CONTACTS, "{\"phone\": \"5125550100\"}").status()).isEqualTo(201);

        // moving a contact onto a taken number is the same conflict
        String other = org.contactId("512-555-0101", "Other");
        Api.Reply moved = org.patch(CONTACTS + "/" + other, "{\"phone\": \"5125550100\"}");
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.text("existingId")).isEqualTo(id);
    }

    @Test
    void customFieldValuesAreTypedByTheirDefinitions() {
        org.field("city", "TEXT");
        org.field("age", "NUMBER");
        org.field("birthday", "DATE");
        org.field("member", "BOOLEAN");
        assertThat(org.get(CONTACTS + "/fields").json()).hasSize(4);
        assertThat(org.post(CONTACTS + "/fields", "{\"key\": \"city\", \"label\": \"City\", \"type\": \"TEXT\"}")
                .status()).isEqualTo(409);
        assertThat(org.post(CONTACTS + "/fields", "{\"key\": \"Bad Key\", \"label\": \"x\", \"type\": \"TEXT\"}")
                .status()).isEqualTo(400);
        assertThat(org.post(CONTACTS + "/fields", "{\"key\": \"money\", \"label\": \"x\", \"type\": \"MONEY\"}")
                .status()).isEqualTo(400);

        Api.Reply wrong = org.post(CONTACTS, """
                {"phone": "5125550100", "customFields": {"age": "old", "birthday": "2026-02-30", "member": "yes",
                 "shoe": 42, "city": "Austin"}}""");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.text("type")).isEqualTo("https://tendlc.io/problems/invalid-custom-field");
        assertThat(wrong.json().path("errors")).hasSize(4);
        assertThat(wrong.text("detail")).contains("customFields.age: must be a number")
                .contains("customFields.shoe: no such custom field");

        JsonNode ok = org.contact("""
                {"phone": "5125550100", "customFields": {"age": "42", "birthday": "1990-05-17", "member": true,
                 "city": "Austin"}}""");
        assertThat(ok.path("customFields").path("age").asInt()).isEqualTo(42);
        assertThat(ok.path("customFields").path("age").isNumber()).isTrue();
        assertThat(ok.path("customFields").path("member").asBoolean()).isTrue();
        assertThat(ok.path("customFields").path("birthday").asString()).isEqualTo("1990-05-17");

        String id = ok.path("id").asString();
        JsonNode patched = org.patch(CONTACTS + "/" + id, "{\"customFields\": {\"age\": 43.5, \"city\": null}}").json();
        assertThat(patched.path("customFields").path("age").decimalValue()).isEqualByComparingTo("43.5");
        assertThat(patched.path("customFields").has("city")).isFalse();
        assertThat(patched.path("customFields").path("member").asBoolean()).isTrue();

        // deleting a definition removes its values and is audited
        assertThat(org.delete(CONTACTS + "/fields/member").status()).isEqualTo(204);
        assertThat(org.get(CONTACTS + "/" + id).json().path("customFields").has("member")).isFalse();
        assertThat(org.delete(CONTACTS + "/fields/member").status()).isEqualTo(404);
        RecordedEvents.Recorded audit = RecordedEvents.await(EventTypes.AUDIT_RECORDED,
                a -> a.organizationId().equals(org.organization) && a.action().equals("custom_field.deleted"));
        assertThat(((io.tendlc.events.contacts.AuditRecorded) audit.envelope().payload()).before()).contains("BOOLEAN");
        RecordedEvents.await(EventTypes.AUDIT_RECORDED,
                a -> a.organizationId().equals(org.organization) && a.action().equals("custom_field.created")
                        && a.resourceId().equals("age"));
    }

    @Test
    void patchChangesOnlyWhatItNamesAndDeleteIsAnnouncedAndAudited() {
        JsonNode created = org.contact("""
                {"phone": "5125550100", "firstName": "Grace", "lastName": "Hopper", "email": "grace@example.com",
                 "tags": ["navy"]}""");
        String id = created.path("id").asString();
        JsonNode patched = org.patch(CONTACTS + "/" + id, "{\"lastName\": \"\", \"tags\": [\"cobol\"], \"phone\": \"212 555 0100\"}").json();
        assertThat(patched.path("firstName").asString()).isEqualTo("Grace");
        assertThat(patched.path("lastName").isNull()).isTrue();
        assertThat(patched.path("email").asString()).isEqualTo("grace@example.com");
        assertThat(patched.path("tags").toString()).isEqualTo("[\"cobol\"]");
        assertThat(patched.path("phone").asString()).isEqualTo("+12125550100");
        assertThat(patched.path("timeZone").asString()).as("the derived zone follows the number")
                .isEqualTo("America/New_York");
        RecordedEvents.await(EventTypes.CONTACT_UPDATED, c -> c.contactId().toString().equals(id)
                && c.phone().equals("+12125550100"));

        assertThat(org.patch(CONTACTS + "/" + id, "{\"phone\": \"nope\"}").status()).isEqualTo(422);
        assertThat(org.patch(CONTACTS + "/" + UUID.randomUUID(), "{\"firstName\": \"x\"}").status()).isEqualTo(404);
        assertThat(org.get(CONTACTS + "/not-a-uuid").status()).isEqualTo(400);

        assertThat(org.delete(CONTACTS + "/" + id).status()).isEqualTo(204);
        assertThat(org.get(CONTACTS + "/" + id).status()).isEqualTo(404);
        assertThat(org.delete(CONTACTS + "/" + id).status()).isEqualTo(404);
        RecordedEvents.await(EventTypes.CONTACT_DELETED, c -> c.contactId().toString().equals(id));
        RecordedEvents.Recorded audit = RecordedEvents.await(EventTypes.AUDIT_RECORDED,
                a -> a.action().equals("contact.deleted") && a.resourceId().equals(id));
        assertThat(audit.key()).isEqualTo(org.organization.toString());
        assertThat(audit.topic()).isEqualTo("platform.audit");
    }

    @Test
    void anAgentMayWriteContactsButAViewerOnlyReads() {
        String agent = TestTokens.user(org.organization, "AGENT");
        Api.Reply created = org.api.post(CONTACTS, agent, "{\"phone\": \"5125550100\"}");
        assertThat(created.status()).isEqualTo(201);
        String viewer = TestTokens.user(org.organization, "VIEWER");
        assertThat(org.api.post(CONTACTS, viewer, "{\"phone\": \"5125550101\"}").status()).isEqualTo(403);
        assertThat(org.api.get(CONTACTS, viewer).status()).isEqualTo(200);
        String readOnlyKey = TestTokens.apiKey(org.organization, "contacts:read");
        assertThat(org.api.delete(CONTACTS + "/" + created.text("id"), readOnlyKey).status()).isEqualTo(403);
    }

    @Test
    void pagesAreStableWhileContactsComeAndGo() {
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(org.contactId("512555" + (1000 + i), "P" + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply page = org.get(CONTACTS + "?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("items").forEach(c -> seen.add(c.path("id").asString()));
            cursor = page.json().path("nextCursor").isNull() ? null : page.text("nextCursor");
            if (pages++ == 0) {
                // new contacts arrive ahead of the cursor and one not yet seen leaves: nothing shifts
                org.contactId("5125552000", "Late");
                org.contactId("5125552001", "Later");
                assertThat(org.delete(CONTACTS + "/" + before.get(1)).status()).isEqualTo(204);
            }
        } while (cursor != null);
        List<String> expected = new ArrayList<>(before.reversed());
        expected.remove(before.get(1));
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(org.get(CONTACTS + "?cursor=garbage").status()).isEqualTo(400);
        assertThat(org.get(CONTACTS + "?limit=0").status()).isEqualTo(400);
        assertThat(org.get(CONTACTS + "?limit=501").status()).isEqualTo(400);
    }

    @Test
    void searchFindsPhonePrefixesNamesAndEmails() {
        String ada = org.contact("{\"phone\": \"512-555-0100\", \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"email\": \"ada@analytical.org\"}").path("id").asString();
        String alan = org.contact("{\"phone\": \"212-555-0100\", \"firstName\": \"Alan\", \"lastName\": \"Turing\", \"email\": \"alan@bletchley.uk\"}").path("id").asString();
        String grace = org.contact("{\"phone\": \"512-555-0199\", \"firstName\": \"Grace\", \"lastName\": \"Hopper\", \"tags\": [\"navy\"]}").path("id").asString();

        assertThat(ids("q=512")).containsExactlyInAnyOrder(ada, grace);
        assertThat(ids("q=(512) 555-01")).containsExactlyInAnyOrder(ada, grace);
        assertThat(ids("q=1212555")).containsExactly(alan);
        assertThat(ids("q=a")).containsExactlyInAnyOrder(ada, alan);
        assertThat(ids("q=AL")).containsExactly(alan);
        assertThat(ids("q=hop")).containsExactly(grace);
        assertThat(ids("q=ada love")).containsExactly(ada);
        assertThat(ids("q=alan@")).containsExactly(alan);
        assertThat(ids("q=bletchley")).isEmpty();
        assertThat(ids("q=%")).isEmpty();
        assertThat(ids("q=_")).isEmpty();
        assertThat(ids("q=512&tag=navy")).containsExactly(grace);
        assertThat(ids("consent=NONE")).hasSize(3);
        assertThat(ids("consent=OPTED_OUT")).isEmpty();
        assertThat(org.get(CONTACTS + "?consent=MAYBE").status()).isEqualTo(400);
    }

    private Set<String> ids(String query) {
        Api.Reply reply = org.get(CONTACTS + "?" + query);
        assertThat(reply.status()).as(query + " " + reply.body()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        reply.json().path("items").forEach(c -> ids.add(c.path("id").asString()));
        return ids;
    }
}

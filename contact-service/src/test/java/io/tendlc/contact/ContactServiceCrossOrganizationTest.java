package io.tendlc.contact;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;
import io.tendlc.platform.test.PlatformIntegrationTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An OWNER of another organization aims at the victim's contacts, fields, lists and segments on every route. */
@PlatformIntegrationTest
class ContactServiceCrossOrganizationTest extends CrossOrganizationTest {

    /** The import routes have their own attacks, on uploaded and finished imports: {@code ImportCrossOrganizationTest}. */
    @Override
    protected java.util.Set<String> apiRoutes() {
        java.util.Set<String> routes = new java.util.TreeSet<>(super.apiRoutes());
        routes.removeIf(r -> r.contains(" /api/v1/imports"));
        return routes;
    }

    static final String CONTACTS = "/api/v1/contacts";
    static final String LISTS = "/api/v1/lists";
    static final String SEGMENTS = "/api/v1/segments";

    String contact;
    String list;
    String segment;

    @Override
    protected void prepareVictim(Api api) {
        TestContacts victim = new TestContacts(port, victimOrganization);
        victim.field("loyalty", "TEXT");
        contact = victim.contact("""
                {"phone": "5125550177", "firstName": "Victoria", "lastName": "Victim", "email": "victoria@victim.example",
                 "tags": ["victim-tag"], "customFields": {"loyalty": "gold"}}""").path("id").asString();
        list = victim.list("Victim list");
        assertThat(victim.post(LISTS + "/" + list + "/members", "{\"contactIds\": [\"" + contact + "\"]}").status())
                .isEqualTo(200);
        Api.Reply created = victim.post(SEGMENTS, "{\"name\": \"Victim segment\", \"filter\": \"tag = \\\"victim-tag\\\"\"}");
        assertThat(created.status()).isEqualTo(201);
        segment = created.text("id");
    }

    @Override
    protected String victimState(Api api) {
        List<String> state = new ArrayList<>();
        state.add(api.get(CONTACTS + "?limit=500", victim()).body());
        state.add(api.get(CONTACTS + "/fields", victim()).body());
        state.add(api.get(LISTS, victim()).body());
        state.add(api.get(SEGMENTS, victim()).body());
        state.add(api.get(SEGMENTS + "/" + segment + "/contacts", victim()).body());
        return String.join("\n", state);
    }

    @Override
    protected List<Attack> attacks() {
        String[] markers = {contact, list, segment, "5125550177", "Victoria", "victim-tag", "Victim list",
                "Victim segment", "loyalty", victimOrganization.toString()};
        String oneContact = CONTACTS + "/" + contact;
        String oneList = LISTS + "/" + list;
        String oneSegment = SEGMENTS + "/" + segment;
        return List.of(
                Attack.seesOnlyItsOwn("GET " + CONTACTS, api -> api.get(CONTACTS + "?q=512555&limit=500", intruder()), markers),
                Attack.seesOnlyItsOwn("GET " + CONTACTS, api -> api.get(CONTACTS + "?listId=" + list, intruder()), markers),
                Attack.refused("GET " + CONTACTS, api -> api.get(CONTACTS + "?segmentId=" + segment, intruder())),
                Attack.seesOnlyItsOwn("POST " + CONTACTS, api -> api.post(CONTACTS, intruder(),
                        "{\"phone\": \"5125550188\", \"firstName\": \"Intruder\"}"), markers),
                Attack.refused("GET " + CONTACTS + "/{id}", api -> api.get(oneContact, intruder())),
                Attack.refused("PATCH " + CONTACTS + "/{id}", api -> api.patch(oneContact, intruder(),
                        "{\"firstName\": \"Owned\"}")),
                Attack.refused("DELETE " + CONTACTS + "/{id}", api -> api.delete(oneContact, intruder())),
                Attack.seesOnlyItsOwn("GET " + CONTACTS + "/fields", api -> api.get(CONTACTS + "/fields", intruder()),
                        "loyalty"),
                Attack.seesOnlyItsOwn("POST " + CONTACTS + "/fields", api -> api.post(CONTACTS + "/fields", intruder(),
                        "{\"key\": \"intruder_field\", \"label\": \"Mine\", \"type\": \"NUMBER\"}"), markers),
                Attack.refused("DELETE " + CONTACTS + "/fields/{key}", api -> api.delete(CONTACTS + "/fields/loyalty",
                        intruder())),
                Attack.seesOnlyItsOwn("GET " + LISTS, api -> api.get(LISTS, intruder()), markers),
                Attack.seesOnlyItsOwn("POST " + LISTS, api -> api.post(LISTS, intruder(), "{\"name\": \"Victim list\"}"),
                        list, contact),
                Attack.refused("GET " + LISTS + "/{id}", api -> api.get(oneList, intruder())),
                Attack.refused("PATCH " + LISTS + "/{id}", api -> api.patch(oneList, intruder(), "{\"name\": \"Owned\"}")),
                Attack.refused("DELETE " + LISTS + "/{id}", api -> api.delete(oneList, intruder())),
                Attack.refused("POST " + LISTS + "/{id}/members", api -> api.post(oneList + "/members", intruder(),
                        "{\"contactIds\": [\"" + contact + "\"]}")),
                Attack.refused("DELETE " + LISTS + "/{id}/members/{contactId}", api -> api.delete(
                        oneList + "/members/" + contact, intruder())),
                Attack.seesOnlyItsOwn("GET " + SEGMENTS, api -> api.get(SEGMENTS, intruder()), markers),
                Attack.seesOnlyItsOwn("POST " + SEGMENTS, api -> api.post(SEGMENTS, intruder(),
                        "{\"name\": \"Victim segment\", \"filter\": \"list = \\\"" + list + "\\\"\"}"), contact, segment),
                new Attack("POST " + SEGMENTS + "/count", api -> api.post(SEGMENTS + "/count", intruder(),
                        "{\"filter\": \"list = \\\"" + list + "\\\" or phone = \\\"5125550177\\\" or tag = \\\"victim-tag\\\"\"}"),
                        r -> r.status() == 200 && r.json().path("count").asLong() == 0),
                Attack.refused("GET " + SEGMENTS + "/{id}", api -> api.get(oneSegment, intruder())),
                Attack.refused("PATCH " + SEGMENTS + "/{id}", api -> api.patch(oneSegment, intruder(),
                        "{\"filter\": \"tag = \\\"x\\\"\"}")),
                Attack.refused("DELETE " + SEGMENTS + "/{id}", api -> api.delete(oneSegment, intruder())),
                Attack.refused("GET " + SEGMENTS + "/{id}/contacts", api -> api.get(oneSegment + "/contacts", intruder())));
    }
}

package io.tendlc.contact;

import io.tendlc.events.EventTypes;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformIntegrationTest
class ListsIntegrationTest {

    static final String LISTS = "/api/v1/lists";

    @LocalServerPort
    int port;

    @Test
    void listsHoldContactsOfTheOrganization() {
        TestContacts org = new TestContacts(port);
        String a = org.contactId("5125550100", "A");
        String b = org.contactId("5125550101", "B");
        String stranger = new TestContacts(port).contactId("5125550102", "Stranger");
        String list = org.list("Spring promo");
        assertThat(org.post(LISTS, "{\"name\": \"SPRING PROMO\"}").status()).isEqualTo(409);
        assertThat(org.post(LISTS, "{\"name\": \" \"}").status()).isEqualTo(400);

        Api.Reply added = org.post(LISTS + "/" + list + "/members",
                "{\"contactIds\": [\"" + a + "\", \"" + b + "\", \"" + stranger + "\", \"" + UUID.randomUUID() + "\"]}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().path("added").asLong()).isEqualTo(2);
        assertThat(added.json().path("unknown").asLong()).isEqualTo(2);
        Api.Reply again = org.post(LISTS + "/" + list + "/members", "{\"contactIds\": [\"" + a + "\"]}");
        assertThat(again.json().path("alreadyMembers").asLong()).isEqualTo(1);
        assertThat(org.post(LISTS + "/" + list + "/members", "{\"contactIds\": []}").status()).isEqualTo(400);

        assertThat(org.get(LISTS + "/" + list).json().path("members").asLong()).isEqualTo(2);
        assertThat(org.get("/api/v1/contacts?listId=" + list).json().path("items")).hasSize(2);

        assertThat(org.delete(LISTS + "/" + list + "/members/" + a).status()).isEqualTo(204);
        assertThat(org.delete(LISTS + "/" + list + "/members/" + a).status()).isEqualTo(404);
        assertThat(org.get("/api/v1/contacts?listId=" + list).json().path("items")).hasSize(1);

        // deleting a contact removes it from its lists
        assertThat(org.delete("/api/v1/contacts/" + b).status()).isEqualTo(204);
        assertThat(org.get(LISTS + "/" + list).json().path("members").asLong()).isZero();

        Api.Reply renamed = org.patch(LISTS + "/" + list, "{\"name\": \"Summer promo\"}");
        assertThat(renamed.text("name")).isEqualTo("Summer promo");
        org.list("Other");
        assertThat(org.patch(LISTS + "/" + list, "{\"name\": \"other\"}").status()).isEqualTo(409);
        assertThat(org.get(LISTS).json()).hasSize(2);

        assertThat(org.delete(LISTS + "/" + list).status()).isEqualTo(204);
        assertThat(org.get(LISTS + "/" + list).status()).isEqualTo(404);
        assertThat(org.get("/api/v1/contacts/" + a).status()).as("the contact stays").isEqualTo(200);
        RecordedEvents.await(EventTypes.AUDIT_RECORDED, e -> e.action().equals("list.created") && e.resourceId().equals(list));
        RecordedEvents.await(EventTypes.AUDIT_RECORDED, e -> e.action().equals("list.deleted") && e.resourceId().equals(list));
    }
}

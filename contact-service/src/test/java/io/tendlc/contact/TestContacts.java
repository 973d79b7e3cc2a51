package io.tendlc.contact;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An organization's member calling the contacts API. */
public final class TestContacts {

    public final UUID organization;
    public final String token;
    public final Api api;

    public TestContacts(int port) {
        this(port, UUID.randomUUID());
    }

    public TestContacts(int port, UUID organization) {
        this.organization = organization;
        this.token = TestTokens.user(organization, "OWNER");
        this.api = Api.at(port);
    }

    public Api.Reply post(String path, String json) {
        return api.post(path, token, json);
    }

    public Api.Reply get(String path) {
        return api.get(path, token);
    }

    public Api.Reply patch(String path, String json) {
        return api.patch(path, token, json);
    }

    public Api.Reply delete(String path) {
        return api.delete(path, token);
    }

    /** Creates a contact (201 expected) from a JSON body. */
    public JsonNode contact(String json) {
        Api.Reply reply = post("/api/v1/contacts", json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    public String contactId(String phone, String firstName) {
        return contact("{\"phone\": \"" + phone + "\", \"firstName\": \"" + firstName + "\"}").path("id").asString();
    }

    public void field(String key, String type) {
        Api.Reply reply = post("/api/v1/contacts/fields",
                "{\"key\": \"" + key + "\", \"label\": \"" + key + "\", \"type\": \"" + type + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    public String list(String name) {
        Api.Reply reply = post("/api/v1/lists", "{\"name\": \"" + name + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.text("id");
    }

    public long count(String filter) {
        Api.Reply reply = post("/api/v1/segments/count", "{\"filter\": " + json(filter) + "}");
        assertThat(reply.status()).as(filter + " -> " + reply.body()).isEqualTo(200);
        return reply.json().path("count").asLong();
    }

    public static String json(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
    }
}

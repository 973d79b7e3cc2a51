package io.tendlc.contact.imports;

import io.tendlc.platform.test.Api;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The imports API as a client drives it. */
final class Imports {

    private final Api api;

    Imports(Api api) {
        this.api = api;
    }

    Api.Reply upload(String token, byte[] csv, String fileName) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(csv) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return api.request(api.client().post().uri("/api/v1/imports").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
    }

    Api.Reply start(String token, String id, String json) {
        return api.post("/api/v1/imports/" + id + "/start", token, json);
    }

    JsonNode awaitFinished(String token, String id) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = api.get("/api/v1/imports/" + id, token).json();
            String status = last[0].path("status").asString();
            return status.equals("COMPLETED") || status.equals("FAILED");
        });
        return last[0];
    }

    /** Uploads, starts with the given start body, waits for the end. */
    JsonNode importCsv(String token, String csv, String startJson) {
        Api.Reply uploaded = upload(token, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "contacts.csv");
        if (uploaded.status() != 201) {
            throw new AssertionError("upload answered " + uploaded.status() + " " + uploaded.body());
        }
        String id = uploaded.text("id");
        Api.Reply started = start(token, id, startJson);
        if (started.status() != 202) {
            throw new AssertionError("start answered " + started.status() + " " + started.body());
        }
        return awaitFinished(token, id);
    }

    static String phone(int i) {
        // valid US numbers: area code 212 (New York), exchange 555-01xx is fictional; use 2xx exchanges instead
        return String.format("+1212%07d", 2_000_000 + i);
    }

    static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asString());
    }
}

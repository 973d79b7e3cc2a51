package io.tendlc.platform.test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Consumer;

/** A plain HTTP client for tests that look at status codes and JSON bodies, whatever the status. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public Api(String baseUrl) {
        this.client = RestClient.builder().baseUrl(baseUrl).build();
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port);
    }

    public Reply get(String path, String bearer) {
        return exchange(client.get().uri(path).headers(auth(bearer)));
    }

    public Reply post(String path, String bearer, String json) {
        return exchange(client.post().uri(path).headers(auth(bearer)).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    public Reply put(String path, String bearer, String json) {
        return exchange(client.put().uri(path).headers(auth(bearer)).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    public Reply patch(String path, String bearer, String json) {
        return exchange(client.patch().uri(path).headers(auth(bearer)).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    public Reply delete(String path, String bearer) {
        return exchange(client.delete().uri(path).headers(auth(bearer)));
    }

    public Reply postForm(String path, HttpHeaders headers, String formBody) {
        return exchange(client.post().uri(path).headers(h -> h.addAll(headers))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(formBody));
    }

    public Reply request(RestClient.RequestHeadersSpec<?> spec) {
        return exchange(spec);
    }

    public RestClient client() {
        return client;
    }

    private static Consumer<HttpHeaders> auth(String bearer) {
        return h -> {
            if (bearer != null) {
                h.setBearerAuth(bearer);
            }
        };
    }

    private static Reply exchange(RestClient.RequestHeadersSpec<?> spec) {
        ResponseEntity<String> entity = spec.retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        return new Reply(entity.getStatusCode().value(), entity.getHeaders(), entity.getBody());
    }

    /** Status, headers and body of an answer; {@link #json()} parses the body. */
    public record Reply(int status, HttpHeaders headers, String body) {
        public JsonNode json() {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }

        public String text(String field) {
            return json().path(field).asString();
        }
    }
}

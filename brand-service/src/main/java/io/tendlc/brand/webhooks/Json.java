package io.tendlc.brand.webhooks;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads webhook bodies as trees: TCR adds fields over time, and we store the body as it came anyway. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The tree, or null if the text is not a JSON object. */
    static JsonNode read(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private Json() {
    }
}

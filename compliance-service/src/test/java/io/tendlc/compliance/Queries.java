package io.tendlc.compliance;

import io.tendlc.platform.test.Api;

import java.util.ArrayList;
import java.util.List;

/** GETs with query parameters encoded as values (a phone's + becomes %2B), which a plain path string would not do. */
public final class Queries {

    /** {@code GET path?name=value&…} with the values URL-encoded. */
    public static Api.Reply get(Api api, String bearer, String path, String... namesAndValues) {
        StringBuilder template = new StringBuilder(path);
        List<String> values = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            template.append(i == 0 ? '?' : '&').append(namesAndValues[i]).append("={v").append(i).append('}');
            values.add(namesAndValues[i + 1]);
        }
        return api.request(api.client().get().uri(template.toString(), values.toArray()).headers(h -> {
            if (bearer != null) {
                h.setBearerAuth(bearer);
            }
        }));
    }

    private Queries() {
    }
}

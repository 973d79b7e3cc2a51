package io.tendlc.contact.contacts;

import io.tendlc.platform.web.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page ended: the last contact's (created_at, id), opaque to clients. The next page starts strictly after
 * it in (created_at desc, id desc) order, so contacts created or deleted meanwhile never shift a page.
 */
record Cursor(Instant createdAt, UUID id) {

    static Cursor after(Contact last) {
        return new Cursor(last.createdAt(), last.id());
    }

    String encode() {
        long micros = createdAt.getEpochSecond() * 1_000_000L + createdAt.getNano() / 1_000;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 2);
            long micros = Long.parseLong(parts[0]);
            return new Cursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ApiProblem.badRequest("invalid-cursor", "The cursor is not one this API returned.");
        }
    }
}

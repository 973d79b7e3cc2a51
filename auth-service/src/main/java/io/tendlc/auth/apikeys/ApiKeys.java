package io.tendlc.auth.apikeys;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.tendlc.auth.login.Hashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API keys: {@code tdlc_} + 40 random base62 characters. Only the SHA-256 of a key is stored; its first
 * characters (the prefix) identify it in listings and logs.
 */
@Component
class ApiKeys {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Created create(UUID organizationId, String name, List<String> scopes, String createdBy) {
        String secret = "tdlc_" + randomBase62(40);
        ApiKey key = new ApiKey(UUID.randomUUID(), organizationId, name, secret.substring(0, 12), scopes, Instant.now(),
                null, null, createdBy);
        jdbc.sql("insert into api_key (id, organization_id, name, prefix, key_hash, scopes, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(key.id(), organizationId, name, key.prefix(), Hashes.sha256(secret), scopes.toArray(String[]::new),
                        createdBy, Timestamp.from(key.createdAt()))
                .update();
        return new Created(key, secret);
    }

    List<ApiKey> list(UUID organizationId) {
        return jdbc.sql("select * from api_key where organization_id = ? order by created_at desc").param(organizationId)
                .query(ApiKeys::row).list();
    }

    boolean revoke(UUID organizationId, UUID id) {
        return jdbc.sql("update api_key set revoked_at = now() where organization_id = ? and id = ? and revoked_at is null")
                .params(organizationId, id).update() == 1;
    }

    boolean exists(UUID organizationId, UUID id) {
        return jdbc.sql("select count(*) from api_key where organization_id = ? and id = ?").params(organizationId, id)
                .query(Long.class).single() == 1;
    }

    /** The active key with this secret, if any; records its use at most once a minute (one write per key per minute). */
    Optional<ApiKey> authenticate(String secret) {
        Optional<ApiKey> key = jdbc.sql("select * from api_key where key_hash = ? and revoked_at is null")
                .param(Hashes.sha256(secret)).query(ApiKeys::row).optional();
        key.filter(k -> k.lastUsedAt() == null || k.lastUsedAt().isBefore(Instant.now().minusSeconds(60)))
                .ifPresent(k -> jdbc.sql("""
                                update api_key set last_used_at = now()
                                where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                        .param(k.id()).update());
        return key;
    }

    private static ApiKey row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp lastUsed = rs.getTimestamp("last_used_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiKey(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("name"), rs.getString("prefix"), Arrays.asList((String[]) rs.getArray("scopes").getArray()),
                rs.getTimestamp("created_at").toInstant(), lastUsed == null ? null : lastUsed.toInstant(),
                revoked == null ? null : revoked.toInstant(), rs.getString("created_by"));
    }

    private static String randomBase62(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** What a listing shows of a key; never its secret. */
    record ApiKey(UUID id, @JsonIgnore UUID organizationId, String name, String prefix, List<String> scopes,
                  Instant createdAt, Instant lastUsedAt, Instant revokedAt, String createdBy) {
    }

    record Created(ApiKey key, String secret) {
    }
}

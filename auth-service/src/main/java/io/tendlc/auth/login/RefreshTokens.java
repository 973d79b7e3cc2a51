package io.tendlc.auth.login;

import io.tendlc.auth.tokens.AuthProperties;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque refresh tokens, stored only as hashes and rotated on every use; each remembers the organization it signs
 * into. Presenting a token that was already used means it was copied: the whole family (every token descended
 * from that login) is revoked.
 */
@Component
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuthProperties properties;

    RefreshTokens(JdbcClient jdbc, AuthProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** A new family, at login. */
    String start(UUID accountId, UUID organizationId) {
        return issue(accountId, UUID.randomUUID(), organizationId);
    }

    /** Consumes {@code token}; reuse revokes its family. The caller issues the successor with {@link #succeed}. */
    @Transactional(noRollbackFor = ApiProblem.class)
    Rotation consume(String token) {
        var row = jdbc.sql("""
                        select family_id, account_id, organization_id, expires_at, used_at, revoked_at from refresh_token
                        where token_hash = ? for update""")
                .param(Hashes.sha256(token))
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) != null,
                        rs.getTimestamp(6) != null))
                .optional()
                .orElseThrow(RefreshTokens::invalid);
        if (row.used() || row.revoked()) {
            revokeFamily(row.familyId());
            throw invalid();
        }
        if (row.expiresAt().isBefore(Instant.now())) {
            throw invalid();
        }
        jdbc.sql("update refresh_token set used_at = now() where token_hash = ?").param(Hashes.sha256(token)).update();
        return new Rotation(row.accountId(), row.familyId(), row.organizationId());
    }

    String succeed(Rotation rotation, UUID organizationId) {
        return issue(rotation.accountId(), rotation.familyId(), organizationId);
    }

    void revokeFamily(UUID familyId) {
        jdbc.sql("update refresh_token set revoked_at = now() where family_id = ? and revoked_at is null")
                .param(familyId).update();
    }

    /** Logout: the presented token's family ends. */
    @Transactional
    void revokeFamilyOf(String token) {
        familyOf(token).ifPresent(this::revokeFamily);
    }

    /** Every session of the account ends, except the family of {@code keep} (the caller's own), if given. */
    public void revokeAll(UUID accountId, String keep) {
        UUID kept = keep == null ? null : familyOf(keep).orElse(null);
        jdbc.sql("update refresh_token set revoked_at = now() where account_id = ? and revoked_at is null and family_id <> ?")
                .params(accountId, kept == null ? new UUID(0, 0) : kept).update();
    }

    private Optional<UUID> familyOf(String token) {
        return jdbc.sql("select family_id from refresh_token where token_hash = ?").param(Hashes.sha256(token))
                .query(UUID.class).optional();
    }

    private String issue(UUID accountId, UUID familyId, UUID organizationId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into refresh_token (token_hash, family_id, account_id, organization_id, expires_at) values (?, ?, ?, ?, ?)")
                .params(Hashes.sha256(token), familyId, accountId, organizationId,
                        Timestamp.from(Instant.now().plus(properties.refreshTokenTtl())))
                .update();
        return token;
    }

    static ApiProblem invalid() {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "Invalid refresh token",
                "The refresh token is unknown, expired or revoked. Log in again.");
    }

    /** @param organizationId null for tokens from before organizations were remembered */
    record Rotation(UUID accountId, UUID familyId, UUID organizationId) {
    }

    private record Row(UUID familyId, UUID accountId, UUID organizationId, Instant expiresAt, boolean used,
                       boolean revoked) {
    }
}

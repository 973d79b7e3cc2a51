package io.tendlc.auth.login;

import io.tendlc.auth.tokens.AuthProperties;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque refresh tokens, stored only as hashes and rotated on every use. Presenting a token that was already
 * used means it was copied: the whole family (every token descended from that login) is revoked.
 */
@Component
class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuthProperties properties;

    RefreshTokens(JdbcClient jdbc, AuthProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** A new family, at login. */
    String start(UUID accountId) {
        return issue(accountId, UUID.randomUUID());
    }

    /** Consumes {@code token} and returns its account with a successor token; reuse revokes the family. */
    @Transactional(noRollbackFor = ApiProblem.class)
    Rotation rotate(String token) {
        var row = jdbc.sql("select family_id, account_id, expires_at, used_at, revoked_at from refresh_token where token_hash = ? for update")
                .param(Hashes.sha256(token))
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) != null, rs.getTimestamp(5) != null))
                .optional()
                .orElseThrow(RefreshTokens::invalid);
        if (row.used() || row.revoked()) {
            jdbc.sql("update refresh_token set revoked_at = now() where family_id = ? and revoked_at is null")
                    .param(row.familyId()).update();
            throw invalid();
        }
        if (row.expiresAt().isBefore(Instant.now())) {
            throw invalid();
        }
        jdbc.sql("update refresh_token set used_at = now() where token_hash = ?").param(Hashes.sha256(token)).update();
        return new Rotation(row.accountId(), issue(row.accountId(), row.familyId()));
    }

    /** Logout: the presented token's family ends. */
    @Transactional
    void revokeFamilyOf(String token) {
        jdbc.sql("""
                update refresh_token set revoked_at = now() where revoked_at is null
                and family_id = (select family_id from refresh_token where token_hash = ?)""")
                .param(Hashes.sha256(token)).update();
    }

    private String issue(UUID accountId, UUID familyId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into refresh_token (token_hash, family_id, account_id, expires_at) values (?, ?, ?, ?)")
                .params(Hashes.sha256(token), familyId, accountId,
                        java.sql.Timestamp.from(Instant.now().plus(properties.refreshTokenTtl())))
                .update();
        return token;
    }

    private static ApiProblem invalid() {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "Invalid refresh token",
                "The refresh token is unknown, expired or revoked. Log in again.");
    }

    record Rotation(UUID accountId, String refreshToken) {
    }

    private record Row(UUID familyId, UUID accountId, Instant expiresAt, boolean used, boolean revoked) {
    }
}

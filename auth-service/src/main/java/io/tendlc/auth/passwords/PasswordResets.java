package io.tendlc.auth.passwords;

import io.tendlc.auth.accounts.Account;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.auth.accounts.Memberships;
import io.tendlc.auth.login.Hashes;
import io.tendlc.auth.login.LoginAttempts;
import io.tendlc.auth.login.RefreshTokens;
import io.tendlc.auth.tokens.AuthProperties;
import io.tendlc.auth.tokens.Revocations;
import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.AccountMailRequested;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Forgotten passwords: a random single-use token (stored as a hash, 30 minutes) mailed as a link. Setting the new
 * password ends every session of the account, everywhere, and proves the address.
 */
@Component
class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Memberships memberships;
    private final RefreshTokens refreshTokens;
    private final Revocations revocations;
    private final LoginAttempts attempts;
    private final PasswordEncoder passwords;
    private final EventPublisher events;
    private final AuthProperties properties;

    PasswordResets(JdbcClient jdbc, Accounts accounts, Memberships memberships, RefreshTokens refreshTokens,
                   Revocations revocations, LoginAttempts attempts, PasswordEncoder passwords, EventPublisher events,
                   AuthProperties properties) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.memberships = memberships;
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
        this.attempts = attempts;
        this.passwords = passwords;
        this.events = events;
        this.properties = properties;
    }

    /** Mails a reset link if an account has the address; says nothing either way. */
    @Transactional
    void request(String email) {
        accounts.byEmail(email).ifPresent(account -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Instant expiresAt = Instant.now().plus(properties.passwordResetTtl());
            jdbc.sql("insert into password_reset (token_hash, account_id, expires_at) values (?, ?, ?)")
                    .params(Hashes.sha256(token), account.id(), Timestamp.from(expiresAt)).update();
            events.publish(EventTypes.PASSWORD_RESET_REQUESTED, account.lastOrganizationId(), account.id().toString(),
                    new AccountMailRequested(account.id(), account.email(), account.name(),
                            properties.link("/reset-password", token), expiresAt));
        });
    }

    /** Sets the new password; 400 {@code invalid-token} unless the token is known, unused and unexpired. */
    @Transactional
    void confirm(String token, String newPassword) {
        UUID accountId = jdbc.sql("""
                        update password_reset set used_at = now()
                        where token_hash = ? and used_at is null and expires_at > now() returning account_id""")
                .param(Hashes.sha256(token)).query(UUID.class).optional()
                .orElseThrow(() -> ApiProblem.badRequest("invalid-token", "The reset link is invalid, used or expired."));
        jdbc.sql("update password_reset set used_at = now() where account_id = ? and used_at is null")
                .param(accountId).update();
        Account account = accounts.byId(accountId).orElseThrow();
        accounts.changePassword(accountId, passwords.encode(newPassword));
        accounts.markEmailVerified(accountId);
        refreshTokens.revokeAll(accountId, null);
        memberships.of(accountId).forEach(m -> revocations.subject(m.organizationId(), accountId.toString()));
        attempts.reset(account.email());
    }
}

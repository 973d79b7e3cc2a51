package io.tendlc.auth.signup;

import com.nimbusds.jwt.JWTClaimsSet;
import io.tendlc.auth.accounts.Account;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.auth.tokens.AuthProperties;
import io.tendlc.auth.tokens.PurposeTokens;
import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.AccountMailRequested;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Proving an email address: the mail carries a link with a signed token (purpose {@code email-verification},
 * 24 h) naming the account and the address; following it marks the account verified. A token for an address the
 * account no longer has is worthless.
 */
@Component
class EmailVerification {

    static final String PURPOSE = "email-verification";
    private static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);

    private final PurposeTokens tokens;
    private final Accounts accounts;
    private final EventPublisher events;
    private final AuthProperties properties;
    private final StringRedisTemplate redis;

    EmailVerification(PurposeTokens tokens, Accounts accounts, EventPublisher events, AuthProperties properties,
                      StringRedisTemplate redis) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.properties = properties;
        this.redis = redis;
    }

    /** Asks notification-service to mail the link ({@code auth.email_verification_requested}). */
    @Transactional
    void requestMail(Account account) {
        PurposeTokens.Signed token = tokens.issue(PURPOSE, account.id().toString(), Map.of("email", account.email()),
                properties.emailVerificationTtl());
        events.publish(EventTypes.EMAIL_VERIFICATION_REQUESTED, account.lastOrganizationId(), account.id().toString(),
                new AccountMailRequested(account.id(), account.email(), account.name(),
                        properties.link("/verify-email", token.token()), token.expiresAt()));
    }

    /** Another mail, unless the address is verified already or a mail went out within the last minute. */
    @Transactional
    void resend(Account account) {
        if (account.emailVerified()) {
            return;
        }
        Boolean first = redis.opsForValue().setIfAbsent("auth:verification-mail:" + account.id(), "1", RESEND_INTERVAL);
        if (Boolean.TRUE.equals(first)) {
            requestMail(account);
        }
    }

    /** Marks the account the token names as verified; 400 {@code invalid-token} for anything but a valid token. */
    void verify(String token) {
        Optional<JWTClaimsSet> claims = tokens.verify(PURPOSE, token);
        Optional<Account> account = claims.flatMap(c -> parseId(c.getSubject())).flatMap(accounts::byId)
                .filter(a -> a.email().equalsIgnoreCase(String.valueOf(claims.get().getClaim("email"))));
        if (account.isEmpty()) {
            throw ApiProblem.badRequest("invalid-token", "The verification link is invalid or has expired.");
        }
        accounts.markEmailVerified(account.get().id());
    }

    private static Optional<UUID> parseId(String subject) {
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

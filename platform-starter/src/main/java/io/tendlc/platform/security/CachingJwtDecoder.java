package io.tendlc.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Duration;
import java.time.Instant;

/**
 * Remembers the tokens {@code delegate} accepted, until they expire (and for at most {@code maxAge}): a client sends
 * the same access token with every request, and verifying its RSA signature again each time was an eighth of
 * sms-service's CPU on the send path. The key is the whole token, signature included, so only the very bytes that
 * were verified are ever taken from the cache; refused tokens are never remembered. Revocation is not this
 * decoder's business (the gateway checks it on every request).
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Cache<String, Jwt> accepted;

    public CachingJwtDecoder(JwtDecoder delegate, int maxTokens, Duration maxAge) {
        this.delegate = delegate;
        this.accepted = Caffeine.newBuilder().maximumSize(maxTokens).expireAfter(untilExpiry(maxAge)).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = accepted.getIfPresent(token);
        if (jwt != null) {
            return jwt;
        }
        jwt = delegate.decode(token);
        accepted.put(token, jwt);
        return jwt;
    }

    /** Until the token's {@code exp} (never past it), at most {@code maxAge}. */
    static Expiry<String, Jwt> untilExpiry(Duration maxAge) {
        return Expiry.creating((token, jwt) -> {
            Instant expiresAt = jwt.getExpiresAt();
            Duration left = expiresAt == null ? maxAge : Duration.between(Instant.now(), expiresAt);
            return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) < 0 ? left : maxAge;
        });
    }
}

package io.tendlc.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;

/**
 * Remembers the tokens {@code delegate} accepted, until they expire (at most {@code maxAge}): every request of a
 * client carries the same token, and verifying its RSA signature each time was a tenth of the gateway's CPU. Keyed by
 * the whole token, signature included; refused tokens are never remembered. The revocation check still runs on every
 * request ({@link AuthenticatedCallerFilter}).
 */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final Cache<String, Jwt> accepted;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, int maxTokens, Duration maxAge) {
        this.delegate = delegate;
        this.accepted = Caffeine.newBuilder().maximumSize(maxTokens)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> timeToKeep(jwt, maxAge))).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt jwt = accepted.getIfPresent(token);
        if (jwt != null) {
            return Mono.just(jwt);
        }
        return delegate.decode(token).doOnNext(verified -> accepted.put(token, verified));
    }

    /** Until the token's {@code exp} (never past it), at most {@code maxAge}. */
    static Duration timeToKeep(Jwt jwt, Duration maxAge) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return maxAge;
        }
        Duration left = Duration.between(Instant.now(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) < 0 ? left : maxAge;
    }
}

package io.tendlc.gateway.security;

import io.tendlc.events.identity.RevocationKeys;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * auth-service's revocations, read with one MGET: the token itself ({@code revoked:jti:<jti>}, logout) and every
 * token of its subject in its organization issued at or before a moment ({@code revoked:sub:<org>:<sub>}: API key
 * revoked, member removed or re-roled, password reset). Errors (Redis unreachable) are the caller's to judge.
 */
@Component
class RevocationList {

    static final String ORGANIZATION_CLAIM = "org";

    private final ReactiveStringRedisTemplate redis;

    RevocationList(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    Mono<Boolean> isRevoked(Jwt token) {
        String tokenKey = token.getId() == null ? null : RevocationKeys.token(token.getId());
        String subjectKey = subjectKey(token);
        List<String> keys = new ArrayList<>(2);
        if (tokenKey != null) {
            keys.add(tokenKey);
        }
        if (subjectKey != null) {
            keys.add(subjectKey);
        }
        if (keys.isEmpty()) {
            return Mono.just(false);
        }
        return redis.opsForValue().multiGet(keys).map(values -> {
            int next = 0;
            if (tokenKey != null && present(values.get(next++))) {
                return true;
            }
            return subjectKey != null && issuedNoLaterThan(token.getIssuedAt(), values.get(next));
        });
    }

    private static String subjectKey(Jwt token) {
        String organization = token.getClaimAsString(ORGANIZATION_CLAIM);
        if (organization == null || token.getSubject() == null) {
            return null;
        }
        try {
            return RevocationKeys.subject(UUID.fromString(organization), token.getSubject());
        } catch (IllegalArgumentException e) {
            return null; // not one of our organization ids: nothing can have been revoked under it
        }
    }

    /** Revoked "up to and including second N": a token without iat cannot prove it is newer. */
    private static boolean issuedNoLaterThan(Instant issuedAt, String revokedUpTo) {
        if (!present(revokedUpTo)) {
            return false;
        }
        if (issuedAt == null) {
            return true;
        }
        try {
            return issuedAt.getEpochSecond() <= Long.parseLong(revokedUpTo.strip());
        } catch (NumberFormatException e) {
            return true; // a revocation we cannot read is still a revocation
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}

package io.tendlc.auth.tokens;

import io.tendlc.events.identity.RevocationKeys;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Writes the Redis denylist the gateway checks on every request (see {@link RevocationKeys}). */
@Component
public class Revocations {

    private final StringRedisTemplate redis;
    private final AuthProperties properties;

    Revocations(StringRedisTemplate redis, AuthProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** One access token, until it would have expired anyway. */
    public void token(String jti, Instant expiresAt) {
        Duration remaining = Duration.between(Instant.now(), expiresAt);
        if (jti != null && remaining.isPositive()) {
            redis.opsForValue().set(RevocationKeys.token(jti), "1", remaining.plusSeconds(1));
        }
    }

    /** The epoch second up to which tokens of {@code subject} in the organization are revoked, if any. */
    public java.util.OptionalLong revokedUpTo(UUID organizationId, String subject) {
        String value = redis.opsForValue().get(RevocationKeys.subject(organizationId, subject));
        try {
            return value == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** Every token of {@code subject} in the organization issued up to now. */
    public void subject(UUID organizationId, String subject) {
        redis.opsForValue().set(RevocationKeys.subject(organizationId, subject),
                Long.toString(Instant.now().getEpochSecond()), properties.longestAccessTokenLife());
    }
}

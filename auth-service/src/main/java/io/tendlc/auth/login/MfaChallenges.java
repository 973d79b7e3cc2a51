package io.tendlc.auth.login;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code mfaToken} between a correct password and the second factor: random, 5 minutes, single use, kept in
 * Redis as a hash.
 */
@Component
public class MfaChallenges {

    public static final Duration TTL = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;

    MfaChallenges(StringRedisTemplate redis) {
        this.redis = redis;
    }

    String issue(UUID accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        redis.opsForValue().set(key(token), accountId.toString(), TTL);
        return token;
    }

    /** The account waiting on this challenge, if it is still open. */
    public Optional<UUID> accountOf(String token) {
        return Optional.ofNullable(redis.opsForValue().get(key(token))).map(UUID::fromString);
    }

    /** Closes the challenge; false if it was closed already (a concurrent use won). */
    public boolean complete(String token) {
        return Boolean.TRUE.equals(redis.delete(key(token)));
    }

    private static String key(String token) {
        return "auth:mfa-challenge:" + Hashes.sha256(token);
    }
}

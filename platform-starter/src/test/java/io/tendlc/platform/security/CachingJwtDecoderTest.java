package io.tendlc.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingJwtDecoderTest {

    private final AtomicInteger verified = new AtomicInteger();

    /** Accepts "good-*" tokens (expiring as the token says), refuses the rest. */
    private final JwtDecoder verifier = token -> {
        verified.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        return jwt(token, Instant.now().plusSeconds(Long.parseLong(token.substring(5))));
    };

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("u").issuedAt(expiresAt.minusSeconds(900))
                .expiresAt(expiresAt).build();
    }

    @Test
    void aTokenIsVerifiedOnceAndARefusedOneEveryTime() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, 100, Duration.ofMinutes(5));
        Jwt first = decoder.decode("good-600");
        assertThat(decoder.decode("good-600")).isSameAs(first);
        assertThat(verified).hasValue(1);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verified).hasValue(3);
    }

    @Test
    void aTokenIsRememberedUntilItExpiresAndNoLongerThanTheMaximum() {
        var expiry = CachingJwtDecoder.untilExpiry(Duration.ofMinutes(5));
        long tenSeconds = expiry.expireAfterCreate("t", jwt("t", Instant.now().plusSeconds(10)), 0);
        assertThat(Duration.ofNanos(tenSeconds)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        assertThat(expiry.expireAfterCreate("t", jwt("t", Instant.now().plusSeconds(3600)), 0))
                .isEqualTo(Duration.ofMinutes(5).toNanos());
        assertThat(expiry.expireAfterCreate("t", jwt("t", Instant.now().minusSeconds(1)), 0)).isZero();
    }
}

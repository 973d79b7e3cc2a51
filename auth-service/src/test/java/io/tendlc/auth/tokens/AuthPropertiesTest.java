package io.tendlc.auth.tokens;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AuthPropertiesTest {

    @Test
    void keysOutliveTheLongestSignedTokenAndRevocationsTheLongestAccessToken() {
        AuthProperties properties = new AuthProperties(null, Duration.ofMinutes(15), Duration.ofMinutes(2), null,
                Duration.ofHours(24), null, null, null, null);
        assertThat(properties.longestSignedTokenLife()).isEqualTo(Duration.ofHours(24));
        assertThat(properties.longestAccessTokenLife()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void linksPointAtThePublicBaseUrlWithTheTokenEncoded() {
        AuthProperties properties = new AuthProperties(null, null, null, null, null, null, null, null,
                "https://app.example.com/");
        assertThat(properties.link("/verify-email", "a.b+c/d=")).isEqualTo(
                "https://app.example.com/verify-email?token=a.b%2Bc%2Fd%3D");
    }
}

package io.tendlc.auth.tokens;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * @param issuer                  the {@code iss} of every token
 * @param emailVerificationTtl    life of the signed link in the verification mail
 * @param passwordResetTtl        life of a password reset link
 * @param signingKeyRotation      how long a signing key signs before a new one takes over
 * @param signingKeyPublishAhead  how long a new key is published before it signs (longer than any JWKS cache)
 * @param publicBaseUrl           where users reach the dashboard (the gateway); links in mails start here
 */
@ConfigurationProperties("auth")
public record AuthProperties(String issuer, Duration accessTokenTtl, Duration apiKeyTokenTtl, Duration refreshTokenTtl,
                             Duration emailVerificationTtl, Duration passwordResetTtl, Duration signingKeyRotation,
                             Duration signingKeyPublishAhead, String publicBaseUrl) {

    public AuthProperties {
        issuer = issuer == null ? "tendlc-auth" : issuer;
        accessTokenTtl = orDefault(accessTokenTtl, Duration.ofMinutes(15));
        apiKeyTokenTtl = orDefault(apiKeyTokenTtl, Duration.ofMinutes(2));
        refreshTokenTtl = orDefault(refreshTokenTtl, Duration.ofDays(30));
        emailVerificationTtl = orDefault(emailVerificationTtl, Duration.ofHours(24));
        passwordResetTtl = orDefault(passwordResetTtl, Duration.ofMinutes(30));
        signingKeyRotation = orDefault(signingKeyRotation, Duration.ofDays(30));
        signingKeyPublishAhead = orDefault(signingKeyPublishAhead, Duration.ofMinutes(10));
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080"
                : publicBaseUrl.replaceAll("/+$", "");
    }

    /** The longest an access token (user or API key) lives: how long a revocation must be remembered. */
    public Duration longestAccessTokenLife() {
        return max(accessTokenTtl, apiKeyTokenTtl);
    }

    /** The longest any token signed with a signing key lives: how long a key stays published after it stops signing. */
    public Duration longestSignedTokenLife() {
        return Stream.of(accessTokenTtl, apiKeyTokenTtl, emailVerificationTtl).reduce(AuthProperties::max).orElseThrow();
    }

    /** A link into the dashboard carrying a secret token, e.g. {@code /verify-email}. */
    public String link(String path, String token) {
        return publicBaseUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}

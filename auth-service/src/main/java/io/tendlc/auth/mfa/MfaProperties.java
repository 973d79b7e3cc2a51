package io.tendlc.auth.mfa;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer        the name authenticator apps show next to the account
 * @param encryptionKey base64 of 32 random bytes (AES-256) that encrypt TOTP secrets at rest; when unset a key is
 *                      generated and kept in the database, which protects nothing — development only
 */
@ConfigurationProperties("auth.mfa")
record MfaProperties(String issuer, String encryptionKey) {

    MfaProperties {
        issuer = issuer == null || issuer.isBlank() ? "TenDLC" : issuer;
    }
}

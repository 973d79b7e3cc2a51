package io.tendlc.auth.tokens;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

@ConfigurationProperties("auth")
public record AuthProperties(String issuer, Duration accessTokenTtl, Duration apiKeyTokenTtl, Duration refreshTokenTtl) {
}

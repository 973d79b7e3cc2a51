package io.tendlc.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param authServiceUrl  where API keys are exchanged for access tokens (inside the cluster)
 * @param apiKeyCacheTtl  how long an exchanged token is reused; also how long a revoked key may keep working
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(String authServiceUrl, Duration apiKeyCacheTtl) {
}

package io.tendlc.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * @param publicPaths          extra paths a service serves without a token (its own login, say); health, API docs,
 *                             JWKS and {@code /webhooks/**} (whose signatures the owning service verifies) are always
 *                             public
 * @param verifiedTokenCache   how long a verified access token is remembered (never past its expiry), so that its
 *                             signature is not verified again on every request; about as long as the JWKS itself is
 *                             cached (a retired key's tokens are refused after at most that long). {@code 0}: verify
 *                             every time — auth-service, which retires keys and must refuse their tokens at once
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(List<String> publicPaths, Duration verifiedTokenCache) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        verifiedTokenCache = verifiedTokenCache == null ? Duration.ofMinutes(5) : verifiedTokenCache;
    }
}

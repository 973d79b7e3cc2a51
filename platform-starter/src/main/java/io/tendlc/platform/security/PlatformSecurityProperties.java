package io.tendlc.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * @param publicPaths extra paths a service serves without a token (its own login, say); health, API docs,
 *                    JWKS and {@code /webhooks/**} (whose signatures the owning service verifies) are always public
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(List<String> publicPaths) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}

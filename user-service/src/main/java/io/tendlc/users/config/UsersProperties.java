package io.tendlc.users.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param authServiceUrl     auth-service's internal base URL (its {@code /internal/accounts} creates or links accounts)
 * @param publicBaseUrl      the gateway that serves the dashboard; invitation mails link to {@code /accept-invitation} there
 * @param invitationTtl      how long an invitation link stays valid
 * @param authConnectTimeout connect timeout toward auth-service
 * @param authReadTimeout    response timeout toward auth-service
 */
@ConfigurationProperties("users")
public record UsersProperties(String authServiceUrl, String publicBaseUrl, Duration invitationTtl,
                              Duration authConnectTimeout, Duration authReadTimeout) {

    public UsersProperties {
        authServiceUrl = authServiceUrl == null ? "http://localhost:8081" : stripSlash(authServiceUrl);
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8080" : stripSlash(publicBaseUrl);
        invitationTtl = invitationTtl == null ? Duration.ofDays(7) : invitationTtl;
        authConnectTimeout = authConnectTimeout == null ? Duration.ofSeconds(2) : authConnectTimeout;
        authReadTimeout = authReadTimeout == null ? Duration.ofSeconds(5) : authReadTimeout;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package io.tendlc.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * @param authServiceUrl  where API keys are exchanged for access tokens (inside the cluster)
 * @param apiKeyCacheTtl  how long an exchanged token is reused (a revoked key still stops at once: the revocation
 *                        check runs on cached tokens too)
 * @param publicBaseUrl   the gateway's public URL (mail links, the dashboard): its origin may always call /api
 * @param trustedProxies  addresses or CIDR ranges of the proxies in front of the gateway whose X-Forwarded-* headers
 *                        are believed; empty (the default) means the TCP peer is the client
 * @param cors            the browser origins allowed to call /api cross-origin (the dashboard is normally same-origin)
 * @param revocation      what to do when the revocation list cannot be read
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(String authServiceUrl, Duration apiKeyCacheTtl, String publicBaseUrl,
                                @DefaultValue List<String> trustedProxies, @DefaultValue Cors cors,
                                @DefaultValue Revocation revocation) {

    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }

    /**
     * @param failOpen false (the default): while Redis is unreachable, authenticated API calls are refused with 503;
     *                 true: they pass unchecked, so a revoked token keeps working until it expires (≤ 15 min)
     */
    public record Revocation(@DefaultValue("false") boolean failOpen) {
    }
}

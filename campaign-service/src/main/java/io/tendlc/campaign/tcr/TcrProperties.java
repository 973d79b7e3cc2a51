package io.tendlc.campaign.tcr;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How to reach The Campaign Registry's CSP API (or the simulator in dev and tests).
 *
 * @param baseUrl               e.g. {@code https://csp-api.campaignregistry.com/v2}
 * @param apiKey                HTTP Basic user
 * @param apiSecret             HTTP Basic password
 * @param webhookSecret         key of the HMAC-SHA256 that signs TCR's webhooks ({@code X-Tcr-Signature})
 * @param webhookTolerance      how far a webhook's signed timestamp may be from now (replay window)
 * @param retryAttempts         attempts per call when TCR fails transiently (5xx, 429, no connection)
 * @param circuitBreakerOpenFor how long calls are refused locally once TCR keeps failing
 */
@ConfigurationProperties("campaigns.tcr")
public record TcrProperties(String baseUrl, String apiKey, String apiSecret, String webhookSecret,
                            Duration webhookTolerance, Duration connectTimeout, Duration readTimeout,
                            int retryAttempts, Duration circuitBreakerOpenFor) {
}

package io.tendlc.brand.tcr;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How to reach The Campaign Registry's CSP API v2 and check its webhooks.
 *
 * @param baseUrl          e.g. {@code https://csp-api.campaignregistry.com/v2} (the simulator in dev and tests)
 * @param apiKey           HTTP Basic user
 * @param apiSecret        HTTP Basic password
 * @param webhookSecret    key of the webhooks' {@code X-Tcr-Signature} HMAC
 * @param webhookTolerance how far a webhook's signed time may be from ours (replays older than this are refused)
 */
@ConfigurationProperties("brands.tcr")
public record TcrProperties(String baseUrl, String apiKey, String apiSecret, String webhookSecret,
                            Duration webhookTolerance, Duration connectTimeout, Duration readTimeout,
                            RetrySettings retry, BreakerSettings circuitBreaker) {

    public TcrProperties {
        baseUrl = baseUrl == null ? "http://localhost:8180/tcr/v2"
                : baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        webhookTolerance = webhookTolerance == null ? Duration.ofMinutes(5) : webhookTolerance;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        retry = retry == null ? new RetrySettings(3, Duration.ofMillis(300)) : retry;
        circuitBreaker = circuitBreaker == null ? new BreakerSettings(50, 20, 10, Duration.ofSeconds(30)) : circuitBreaker;
    }

    /** Attempts per call (first included) and the first backoff, doubled after each failure. */
    public record RetrySettings(int maxAttempts, Duration backoff) {
    }

    public record BreakerSettings(int failureRateThreshold, int slidingWindowSize, int minimumNumberOfCalls,
                                  Duration openFor) {
    }
}

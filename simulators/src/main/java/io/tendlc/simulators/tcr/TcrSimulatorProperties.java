package io.tendlc.simulators.tcr;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Start-up configuration of the TCR simulator; the defaults live in application.yml next to the environment
 * variables that override them. Delays, duplication and reordering can be changed at run time through
 * {@code /sim/tcr/config}.
 *
 * @param apiKey            the HTTP Basic user name the CSP API accepts
 * @param apiSecret         its password
 * @param webhookSecret     the key webhooks are signed with ({@code X-Tcr-Signature})
 * @param verificationDelay from a brand's submission (or edit, or revet) to its identity verification result
 * @param vettingDelay      from an external vetting order to its score
 * @param reviewDelay       from a campaign's submission (or resubmission) to the carriers' decisions
 * @param duplicateRate     share (0..1) of webhooks delivered twice, with the same eventId
 * @param reorder           whether webhooks get a random extra delay, so a later one can overtake an earlier one
 * @param reorderMaxDelay   the largest such extra delay
 * @param webhooks          how webhooks are delivered
 */
@ConfigurationProperties("simulators.tcr")
public record TcrSimulatorProperties(
        String apiKey,
        String apiSecret,
        String webhookSecret,
        Duration verificationDelay,
        Duration vettingDelay,
        Duration reviewDelay,
        double duplicateRate,
        boolean reorder,
        Duration reorderMaxDelay,
        Webhooks webhooks) {

    public TcrSimulatorProperties {
        apiKey = orDefault(apiKey, "tcr-dev-key");
        apiSecret = orDefault(apiSecret, "tcr-dev-secret");
        webhookSecret = orDefault(webhookSecret, "tcr-dev-webhook-secret");
        verificationDelay = verificationDelay != null ? verificationDelay : Duration.ofMillis(1500);
        vettingDelay = vettingDelay != null ? vettingDelay : Duration.ofSeconds(2);
        reviewDelay = reviewDelay != null ? reviewDelay : Duration.ofSeconds(2);
        reorderMaxDelay = reorderMaxDelay != null ? reorderMaxDelay : Duration.ofMillis(500);
        webhooks = webhooks != null ? webhooks : new Webhooks(6, Duration.ofMillis(500), Duration.ofSeconds(10));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * @param maxAttempts  tries per delivery, the first included; every non-2xx answer and connection error is retried
     * @param retryBackoff wait before the second try, doubled for each later one
     * @param timeout      for one webhook request, connection included
     */
    public record Webhooks(int maxAttempts, Duration retryBackoff, Duration timeout) {

        public Webhooks {
            maxAttempts = maxAttempts > 0 ? maxAttempts : 6;
            retryBackoff = retryBackoff != null ? retryBackoff : Duration.ofMillis(500);
            timeout = timeout != null ? timeout : Duration.ofSeconds(10);
        }
    }
}

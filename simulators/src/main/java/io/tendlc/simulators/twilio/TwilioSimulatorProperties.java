package io.tendlc.simulators.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Start-up configuration of the Twilio simulator. The defaults live in application.yml next to the
 * environment variables that override them; the knobs among these can be changed at run time through
 * {@code /sim/twilio/config}.
 *
 * @param accountSid          the only account the API accepts; random when blank
 * @param authToken           its token, also the key that signs webhooks; random when blank
 * @param callbackDelay       wait before each status step (queued → sent, sent → delivered)
 * @param createLatency       added to every create call, to mimic Twilio's API latency
 * @param failureRate         share (0..1) of create calls answered with one of {@code failureStatuses}
 * @param failureStatuses     HTTP statuses the failure rate picks from (500, 503 or 429)
 * @param maxRequestsPerSecond create calls per second beyond which Twilio's 20429 is answered; 0 = unlimited
 * @param inboundWebhookUrl   where simulated inbound SMS are posted unless a request names another URL
 * @param recipientFailures   To-number suffix → the final status and error code its messages get
 * @param maxStoredMessages   messages kept for fetches; the oldest are evicted beyond it
 * @param messageRetention    messages older than this are evicted too
 * @param callbacks           how webhooks are delivered
 */
@ConfigurationProperties("simulators.twilio")
public record TwilioSimulatorProperties(
        String accountSid,
        String authToken,
        Duration callbackDelay,
        Duration createLatency,
        double failureRate,
        List<Integer> failureStatuses,
        int maxRequestsPerSecond,
        URI inboundWebhookUrl,
        Map<String, RecipientFailure> recipientFailures,
        int maxStoredMessages,
        Duration messageRetention,
        Callbacks callbacks) {

    /**
     * @param concurrency  webhooks in flight at once (each on its own virtual thread)
     * @param maxPending   callbacks waiting for their time; beyond it new ones are dropped and counted
     * @param maxAttempts  tries per callback, the first included
     * @param retryBackoff wait before the second try, doubled for each later one
     * @param timeout      for one webhook request, connection included
     */
    public record Callbacks(int concurrency, int maxPending, int maxAttempts, Duration retryBackoff,
                            Duration timeout) {
    }
}

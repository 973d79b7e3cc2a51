package io.tendlc.sms.twilio;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;
import java.util.UUID;

/**
 * @param apiBaseUrl          where Twilio's REST APIs are: https://api.twilio.com, or the simulator in dev and tests
 * @param maxConnections      HTTP connections to Twilio; bounds the send path's concurrency toward it
 * @param messagingServiceSid the Messaging Service (MG…) a campaign's numbers join unless
 *                            {@code messagingServices} names the campaign's own
 * @param messagingServices   campaign id → its Messaging Service; at Twilio each 10DLC campaign is tied to one
 */
@ConfigurationProperties("sms.twilio")
public record TwilioProperties(String apiBaseUrl, String accountSid, String authToken, int maxConnections,
                               String messagingServiceSid, Map<UUID, String> messagingServices) {

    /** The Messaging Service whose sender pool the campaign's numbers join. */
    public String messagingServiceFor(UUID campaignId) {
        String own = messagingServices == null ? null : messagingServices.get(campaignId);
        return own == null || own.isBlank() ? messagingServiceSid : own;
    }
}

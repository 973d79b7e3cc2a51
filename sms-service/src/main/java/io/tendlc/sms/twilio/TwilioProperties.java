package io.tendlc.sms.twilio;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiBaseUrl     where Twilio's REST API is: https://api.twilio.com, or the simulator in dev and tests
 * @param maxConnections HTTP connections to Twilio; bounds the send path's concurrency toward it
 */
@ConfigurationProperties("sms.twilio")
public record TwilioProperties(String apiBaseUrl, String accountSid, String authToken, int maxConnections) {
}

package io.tendlc.sms.delivery;

/** Where Twilio calls us back, relative to the platform's public base URL. */
public final class TwilioWebhookPaths {

    public static final String STATUS = "/webhooks/twilio/status";

    private TwilioWebhookPaths() {
    }
}

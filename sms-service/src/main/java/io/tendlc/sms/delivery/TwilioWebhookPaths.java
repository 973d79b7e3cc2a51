package io.tendlc.sms.delivery;

/** Where Twilio calls us back, relative to the platform's public base URL. */
public final class TwilioWebhookPaths {

    public static final String STATUS = "/webhooks/twilio/status";
    /** Configure it as the numbers' (or Messaging Service's) "A message comes in" webhook. */
    public static final String INBOUND = "/webhooks/twilio/inbound";

    private TwilioWebhookPaths() {
    }
}

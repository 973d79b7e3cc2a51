package io.tendlc.sms.inbound;

/** Twilio's inbound webhook, as far as we use it: its MessageSid, From (the person), To (our number), Body. */
public record InboundSms(String messageSid, String from, String to, String body) {
}

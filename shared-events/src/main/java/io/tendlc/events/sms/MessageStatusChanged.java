package io.tendlc.events.sms;

import java.time.Instant;
import java.util.UUID;

/**
 * A message moved to a new status. Carried by message.accepted, .queued, .sent, .delivered,
 * .undelivered and .failed; {@code errorCode} is the provider's (Twilio) code on failures.
 */
public record MessageStatusChanged(UUID messageId, UUID organizationId, String from, String to, String status,
                                   int segments, String encoding, String providerSid, Integer errorCode,
                                   Instant statusAt) {
}

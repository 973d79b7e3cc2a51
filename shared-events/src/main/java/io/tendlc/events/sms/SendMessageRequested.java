package io.tendlc.events.sms;

import java.time.Instant;
import java.util.UUID;

/** Command on the send topic: deliver an accepted message through the carrier gateway. */
public record SendMessageRequested(UUID messageId, UUID organizationId, String from, String to, String body,
                                   int segments, String encoding, Instant acceptedAt) {
}

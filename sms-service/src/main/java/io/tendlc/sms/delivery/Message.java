package io.tendlc.sms.delivery;

import io.tendlc.events.sms.MessageStatusChanged;

import java.time.Instant;
import java.util.UUID;

/** @param system sent by the platform itself (a keyword answer), not by the organization */
public record Message(UUID id, UUID organizationId, String from, String to, String body, int segments,
                      String encoding, MessageStatus status, String providerSid, Integer errorCode,
                      Instant createdAt, Instant updatedAt, boolean system) {

    MessageStatusChanged statusChanged() {
        return new MessageStatusChanged(id, organizationId, from, to, status.wireName(), segments, encoding,
                providerSid, errorCode, updatedAt);
    }
}

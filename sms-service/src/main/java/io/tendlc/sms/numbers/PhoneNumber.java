package io.tendlc.sms.numbers;

import io.tendlc.events.sms.NumberChanged;

import java.time.Instant;
import java.util.UUID;

/**
 * A sender number of an organization.
 *
 * @param twilioSid           Twilio's IncomingPhoneNumber sid (PN…); null for numbers added without buying them
 *                            (the dev stack's demo number)
 * @param messagingServiceSid the Messaging Service Twilio has the number in, as far as we know
 * @param syncAt              when Twilio work on this number is due (purchase check, service attach or detach,
 *                            release); null when there is none
 */
record PhoneNumber(UUID id, UUID organizationId, String e164, NumberStatus status, UUID campaignId,
                   String statusReason, String twilioSid, String messagingServiceSid, Instant twilioReleasedAt,
                   Instant assignmentRequestedAt, int syncAttempts, Instant syncAt, Instant createdAt,
                   Instant updatedAt) {

    NumberChanged changed() {
        return new NumberChanged(id, organizationId, e164, campaignId, status.name(), statusReason);
    }
}

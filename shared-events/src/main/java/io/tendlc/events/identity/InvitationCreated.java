package io.tendlc.events.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone was invited to an organization. {@code acceptLink} holds the single-use invitation token, so this
 * event is for notification-service's mail only and must never be logged.
 */
public record InvitationCreated(UUID invitationId, UUID organizationId, String organizationName, String email,
                                String role, String invitedByName, String acceptLink, Instant expiresAt) {
}

package io.tendlc.users.invitations;

import java.time.Instant;
import java.util.UUID;

/** An invitation as its organization's managers see it (never with its token). */
record Invitation(UUID id, UUID organizationId, String email, String role, String status, UUID invitedBy,
                  Instant createdAt, Instant expiresAt) {

    static final String PENDING = "PENDING";
}

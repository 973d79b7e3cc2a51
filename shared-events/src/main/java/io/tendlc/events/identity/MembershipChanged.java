package io.tendlc.events.identity;

import java.util.UUID;

/**
 * A membership of a user in an organization was created, changed role, or removed
 * ({@code membership.created|updated|removed}); {@code role} is the role now (the last one when removed).
 */
public record MembershipChanged(UUID organizationId, UUID userId, String email, String role) {
}

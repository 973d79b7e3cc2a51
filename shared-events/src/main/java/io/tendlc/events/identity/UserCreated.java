package io.tendlc.events.identity;

import java.util.UUID;

/**
 * A user account exists. On sign-up {@code organizationName} names the new organization the user owns;
 * an account created by accepting an invitation carries the inviting organization, the invited role and
 * a null {@code organizationName} (the organization exists already).
 */
public record UserCreated(UUID userId, UUID organizationId, String email, String name, String organizationName,
                          String role) {
}

package io.tendlc.events.identity;

import java.util.UUID;

/** A user account exists; its organization and first role come with it. */
public record UserCreated(UUID userId, UUID organizationId, String email, String name, String organizationName,
                          String role) {
}

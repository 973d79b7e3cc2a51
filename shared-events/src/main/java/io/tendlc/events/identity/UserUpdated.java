package io.tendlc.events.identity;

import java.util.UUID;

/** A user's profile as it is now (user-service owns the profile; auth-service owns email and its verification). */
public record UserUpdated(UUID userId, String email, String name, String timeZone, boolean emailVerified) {
}

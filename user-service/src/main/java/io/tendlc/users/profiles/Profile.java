package io.tendlc.users.profiles;

import java.util.UUID;

/** A user's profile: user-service owns name and time zone; email and its verification come from auth-service. */
public record Profile(UUID userId, String email, String name, String timeZone, boolean emailVerified) {
}

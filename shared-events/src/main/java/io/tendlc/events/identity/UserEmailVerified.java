package io.tendlc.events.identity;

import java.util.UUID;

/** The user proved they own {@code email} by following the verification link (auth-service). */
public record UserEmailVerified(UUID userId, String email) {
}

package io.tendlc.users.members;

import java.time.Instant;
import java.util.UUID;

/** A member of an organization as the API shows it. */
public record Member(UUID userId, String email, String name, String role, Instant joinedAt) {
}

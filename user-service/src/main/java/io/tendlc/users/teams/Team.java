package io.tendlc.users.teams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A named group of the organization's members. */
record Team(UUID id, String name, String description, Instant createdAt, List<TeamMember> members) {

    record TeamMember(UUID userId, String email, String name, String role, Instant addedAt) {
    }
}

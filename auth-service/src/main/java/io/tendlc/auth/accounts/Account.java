package io.tendlc.auth.accounts;

import java.util.UUID;

/**
 * Credentials of one person. Organizations and roles live in {@link Memberships}; {@code lastOrganizationId}
 * is the one the next login opens.
 */
public record Account(UUID id, String email, String passwordHash, String name, boolean emailVerified,
                      boolean mfaEnabled, UUID lastOrganizationId) {
}

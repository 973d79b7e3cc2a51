package io.tendlc.auth.accounts;

import java.util.List;
import java.util.UUID;

public record Account(UUID id, UUID organizationId, String email, String passwordHash, String name, List<String> roles) {
}

package io.tendlc.platform.security;

import org.springframework.security.access.AccessDeniedException;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the access token says: a user (subject = user id) or an API key
 * (subject = {@code apikey:<id>}), always within exactly one organization. Controllers take it as a
 * parameter and scope every query with {@link #organizationId()}.
 */
public record Caller(String subject, UUID organizationId, Set<String> roles, Set<String> scopes) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isApiKey() {
        return subject.startsWith("apikey:");
    }

    /** Reading: an API key needs the scope, a member any role. */
    public void requireRead(String scope) {
        if (isApiKey() ? !scopes.contains(scope) : roles.isEmpty()) {
            throw new AccessDeniedException("missing " + scope);
        }
    }

    /** Changing: an API key needs the scope, a member a role above VIEWER. */
    public void requireWrite(String scope) {
        if (isApiKey() ? !scopes.contains(scope) : roles.stream().allMatch("VIEWER"::equals)) {
            throw new AccessDeniedException("missing " + scope);
        }
    }
}

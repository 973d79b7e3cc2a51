package io.tendlc.platform.security;

import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the access token says: a user (subject = user id) or an API key
 * (subject = {@code apikey:<id>}), always within exactly one organization. Controllers take it as a
 * parameter, check a {@link Permissions permission} with {@link #require}, and scope every query with
 * {@link #organizationId()}.
 */
public record Caller(String subject, UUID organizationId, Set<String> roles, Set<String> scopes,
                     boolean emailVerified) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isApiKey() {
        return subject.startsWith("apikey:");
    }

    /** The user's id; an API key has none. */
    public UUID userId() {
        if (isApiKey()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "user-required", "A user is required",
                    "This action is for signed-in users, not API keys.");
        }
        return UUID.fromString(subject);
    }

    /** The strongest member role the token carries, if any. */
    public java.util.Optional<Permissions.Role> role() {
        return roles.stream().map(Permissions.Role::parse).flatMap(java.util.Optional::stream)
                .min(java.util.Comparator.naturalOrder());
    }

    public boolean can(String permission) {
        return isApiKey() ? scopes.contains(permission) : Permissions.ofRoles(roles).contains(permission);
    }

    /**
     * Refuses (403 problem) unless an API key has the scope, or a member's role grants the permission; the
     * permissions in {@link Permissions#NEED_VERIFIED_EMAIL} also need a verified email address.
     */
    public void require(String permission) {
        if (!can(permission)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    (isApiKey() ? "This API key lacks the scope " : "Your role does not grant ") + permission + ".",
                    java.util.Map.of("permission", permission));
        }
        if (!isApiKey() && !emailVerified && Permissions.NEED_VERIFIED_EMAIL.contains(permission)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "email-not-verified", "Email not verified",
                    "Verify your email address first: follow the link in the mail we sent you.");
        }
    }
}

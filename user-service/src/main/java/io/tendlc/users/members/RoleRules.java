package io.tendlc.users.members;

import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions.Role;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.util.Arrays;

/**
 * Who may hand out which role: nobody grants a role above their own or touches someone above them, only an OWNER
 * grants OWNER or changes an owner, and an organization always keeps an owner.
 */
public final class RoleRules {

    /** The role named, or 400 {@code unknown-role}. */
    public static Role parse(String name) {
        return Role.parse(name).orElseThrow(() -> ApiProblem.badRequest("unknown-role",
                "role must be one of " + Arrays.toString(Role.values()) + "."));
    }

    /** The caller's own role (a member's strongest); API keys and role-less tokens have none. */
    public static Role of(Caller caller) {
        return caller.role().orElseThrow(() -> new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "This action needs a member role."));
    }

    /**
     * Whether {@code actor} may give {@code wanted} to someone whose role is {@code current} (null: not a member
     * yet, as with an invitation). 403 otherwise.
     */
    public static void checkGrant(Role actor, Role current, Role wanted) {
        if ((wanted == Role.OWNER || current == Role.OWNER) && actor != Role.OWNER) {
            throw ownerRequired();
        }
        if (!actor.atLeast(wanted) || (current != null && !actor.atLeast(current))) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "You cannot give a role above your own (" + actor + ") or change someone above you.");
        }
    }

    /** Whether {@code actor} may remove a member whose role is {@code current}. 403 otherwise. */
    public static void checkRemoval(Role actor, Role current) {
        if (current == Role.OWNER && actor != Role.OWNER) {
            throw ownerRequired();
        }
        if (!actor.atLeast(current)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "You cannot remove someone whose role is above your own (" + actor + ").");
        }
    }

    /**
     * 409 {@code last-owner} when an owner would stop being one (new role {@code wanted}, null when removed) and
     * {@code owners} is all the owners the organization has.
     */
    static void checkAnOwnerRemains(Role current, Role wanted, int owners) {
        if (current == Role.OWNER && wanted != Role.OWNER && owners <= 1) {
            throw new ApiProblem(HttpStatus.CONFLICT, "last-owner", "Last owner",
                    "An organization needs an owner: make someone else OWNER first.");
        }
    }

    private static ApiProblem ownerRequired() {
        return new ApiProblem(HttpStatus.FORBIDDEN, "owner-required", "Owner required",
                "Only an OWNER can grant the OWNER role or change or remove an owner.");
    }

    private RoleRules() {
    }
}

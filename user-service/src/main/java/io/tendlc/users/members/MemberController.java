package io.tendlc.users.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/organizations/current")
@Tag(name = "Members", description = "The members of the caller's organization and their roles")
class MemberController {

    private final Memberships memberships;

    MemberController(Memberships memberships) {
        this.memberships = memberships;
    }

    @GetMapping("/members")
    @Operation(summary = "List the organization's members with their roles")
    List<Member> list(Caller caller) {
        caller.require(Permissions.MEMBERS_READ);
        return memberships.list(caller.organizationId());
    }

    @PatchMapping("/members/{userId}")
    @Operation(summary = "Change a member's role",
            description = "Needs members:manage. Nobody grants a role above their own; only an OWNER grants OWNER or "
                    + "changes an owner; the last OWNER cannot be demoted (409 last-owner).")
    Member changeRole(Caller caller, @PathVariable UUID userId, @Valid @RequestBody RoleChange change) {
        caller.require(Permissions.MEMBERS_MANAGE);
        return memberships.changeRole(caller.organizationId(), RoleRules.of(caller), userId,
                RoleRules.parse(change.role()));
    }

    @DeleteMapping("/members/{userId}")
    @Operation(summary = "Remove a member from the organization (and from its teams)",
            description = "Needs members:manage; only an OWNER removes an owner; the last OWNER cannot be removed.")
    ResponseEntity<Void> remove(Caller caller, @PathVariable UUID userId) {
        caller.require(Permissions.MEMBERS_MANAGE);
        memberships.remove(caller.organizationId(), RoleRules.of(caller), userId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/permissions")
    @Operation(summary = "What each role may do: role -> permissions (the names API-key scopes use too)")
    Map<String, List<String>> permissions(Caller caller) {
        caller.require(Permissions.ORGANIZATION_READ);
        return Permissions.table();
    }

    record RoleChange(@NotBlank String role) {
    }
}

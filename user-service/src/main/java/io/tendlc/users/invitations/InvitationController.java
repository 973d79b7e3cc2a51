package io.tendlc.users.invitations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.users.members.RoleRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/organizations/current/invitations")
@Tag(name = "Invitations", description = "Invite people to the caller's organization by email")
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping
    @Operation(summary = "Invite an email address with a role; the invitation link is mailed, valid 7 days",
            description = "Needs members:manage and a verified email. The role may not be above the inviter's own "
                    + "(OWNER only by an OWNER). A pending invitation of the same address is replaced; a member "
                    + "already is 409 already-member.")
    ResponseEntity<Invitation> invite(Caller caller, @Valid @RequestBody NewInvitation request) {
        caller.require(Permissions.MEMBERS_MANAGE);
        Invitation invitation = invitations.invite(caller.organizationId(), caller.userId(), RoleRules.of(caller),
                request.email(), RoleRules.parse(request.role()));
        return ResponseEntity.created(URI.create("/api/v1/organizations/current/invitations/" + invitation.id()))
                .body(invitation);
    }

    @GetMapping
    @Operation(summary = "List the pending invitations")
    List<Invitation> pending(Caller caller) {
        caller.require(Permissions.MEMBERS_MANAGE);
        return invitations.pending(caller.organizationId());
    }

    @DeleteMapping("/{invitationId}")
    @Operation(summary = "Revoke a pending invitation: its link stops working")
    ResponseEntity<Void> revoke(Caller caller, @PathVariable UUID invitationId) {
        caller.require(Permissions.MEMBERS_MANAGE);
        invitations.revoke(caller.organizationId(), invitationId);
        return ResponseEntity.noContent().build();
    }

    record NewInvitation(@NotBlank @Email @Size(max = 254) String email, @NotBlank String role) {
        NewInvitation {
            email = email == null ? null : email.strip(); // pasted addresses come with spaces
        }
    }
}

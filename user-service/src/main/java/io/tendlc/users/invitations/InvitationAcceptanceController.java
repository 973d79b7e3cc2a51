package io.tendlc.users.invitations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public: the invitation link's token is the credential (the dashboard posts it; it never sits in a URL we log). */
@RestController
@RequestMapping("/api/v1/invitations")
@Tag(name = "Invitation links", description = "Public: look at and accept an invitation with the token from its mail")
@SecurityRequirements
class InvitationAcceptanceController {

    private final Invitations invitations;

    InvitationAcceptanceController(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/lookup")
    @Operation(summary = "What an invitation is for: organization, email, role, and whether the account exists",
            description = "400 invalid-token when the token is unknown, expired, revoked or already used.")
    Invitations.Preview lookup(@Valid @RequestBody TokenRequest request) {
        return invitations.lookup(request.token());
    }

    @PostMapping("/accept")
    @Operation(summary = "Accept an invitation: join the organization, with a new account or the existing one",
            description = "A new account needs a password (400 password-required otherwise) and takes the name "
                    + "given. Single use: a second accept is 400 invalid-token.")
    Invitations.Accepted accept(@Valid @RequestBody AcceptRequest request) {
        return invitations.accept(request.token(), request.name(), request.password());
    }

    record TokenRequest(@NotBlank @Size(max = 200) String token) {
    }

    record AcceptRequest(@NotBlank @Size(max = 200) String token, @Size(max = 200) String name,
                         @Size(max = 128) String password) {
        @Override
        public String toString() {
            return "AcceptRequest[name=" + name + "]";
        }
    }
}

package io.tendlc.auth.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Inside the cluster only (the gateway has no route here): user-service accepting an invitation. The invited
 * address either has an account already — it joins the organization — or gets one, verified, since following
 * the invitation mail proved the address.
 */
@RestController
@Tag(name = "Internal", description = "Service-to-service calls; never routed by the gateway")
class InternalAccountController {

    private final Accounts accounts;
    private final Memberships memberships;
    private final PasswordEncoder passwords;

    InternalAccountController(Accounts accounts, Memberships memberships, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.passwords = passwords;
    }

    @PostMapping("/internal/accounts")
    @Operation(summary = "Create an invited account, or add an existing one to the organization")
    @Transactional
    AccountLink createOrLink(@Valid @RequestBody LinkRequest request) {
        String role = Permissions.Role.parse(request.role()).map(Enum::name).orElseThrow(() -> ApiProblem.badRequest(
                "unknown-role", "Unknown role " + request.role() + "."));
        var existing = accounts.byEmail(request.email());
        if (existing.isPresent()) {
            memberships.grant(existing.get().id(), request.organizationId(), role);
            return new AccountLink(existing.get().id(), false);
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw ApiProblem.badRequest("password-required", "A new account needs a password.");
        }
        if (request.password().length() < 10 || request.password().length() > 128) {
            throw ApiProblem.badRequest("validation", "password: size must be between 10 and 128");
        }
        Account created = accounts.create(new Accounts.NewAccount(request.organizationId(), null, request.email(),
                passwords.encode(request.password()), request.name(), role, true));
        return new AccountLink(created.id(), true);
    }

    record LinkRequest(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String name,
                       @Size(max = 128) String password, @NotNull UUID organizationId, @NotBlank String role) {
    }

    record AccountLink(UUID userId, boolean created) {
    }
}

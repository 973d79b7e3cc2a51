package io.tendlc.auth.login;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.auth.accounts.Account;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.auth.accounts.Memberships;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sessions", description = "Log in, refresh and log out")
class SessionController {

    private final Accounts accounts;
    private final Memberships memberships;
    private final Sessions sessions;

    SessionController(Accounts accounts, Memberships memberships, Sessions sessions) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.sessions = sessions;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user, the current organization and every organization they belong to")
    Me me(Caller caller) {
        Account account = account(caller);
        List<Memberships.Membership> all = memberships.of(account.id());
        String role = all.stream().filter(m -> m.organizationId().equals(caller.organizationId()))
                .map(Memberships.Membership::role).findFirst()
                .orElse(caller.role().map(Enum::name).orElse(null));
        return new Me(account.id(), account.email(), account.name(), account.emailVerified(), account.mfaEnabled(),
                caller.organizationId(), role, all.stream().map(m -> new Me.Organization(m.organizationId(), m.role()))
                .toList());
    }

    @PostMapping("/switch-organization")
    @Operation(summary = "Tokens for another organization the user belongs to (404 otherwise)")
    TokenResponse switchOrganization(Caller caller, @Valid @RequestBody SwitchRequest request) {
        return sessions.open(account(caller), request.organizationId());
    }

    private Account account(Caller caller) {
        return accounts.byId(caller.userId()).orElseThrow(() -> ApiProblem.notFound("Account " + caller.userId()));
    }

    record SwitchRequest(@NotNull UUID organizationId) {
    }

    record Me(UUID userId, String email, String name, boolean emailVerified, boolean mfaEnabled, UUID organizationId,
              String role, List<Organization> organizations) {

        record Organization(UUID organizationId, String role) {
        }
    }
}

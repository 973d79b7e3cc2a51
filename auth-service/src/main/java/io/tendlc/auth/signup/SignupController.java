package io.tendlc.auth.signup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.auth.accounts.Account;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.auth.login.Sessions;
import io.tendlc.auth.login.TokenResponse;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-up", description = "New accounts and email verification")
class SignupController {

    private final Accounts accounts;
    private final EmailVerification verification;
    private final Sessions sessions;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;

    SignupController(Accounts accounts, EmailVerification verification, Sessions sessions, PasswordEncoder passwords,
                     TransactionTemplate tx) {
        this.accounts = accounts;
        this.verification = verification;
        this.sessions = sessions;
        this.passwords = passwords;
        this.tx = tx;
    }

    /** A new account owning a new organization, signed in at once; the address still has to be verified. */
    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign up (public): creates the account and its organization, mails a verification link")
    TokenResponse signup(@Valid @RequestBody SignupRequest request) {
        if (accounts.byEmail(request.email()).isPresent()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "email-taken", "Email already registered",
                    "An account with this email address exists already. Log in, or reset its password.");
        }
        String hash = passwords.encode(request.password());
        Account account = tx.execute(status -> {
            Account created = accounts.create(new Accounts.NewAccount(UUID.randomUUID(),
                    request.organizationName().trim(), request.email(), hash, request.name().trim(),
                    Permissions.Role.OWNER.name(), false));
            verification.requestMail(created);
            return created;
        });
        return sessions.open(account);
    }

    @PostMapping("/verify-email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Verify the email address with the token from the mailed link (public)")
    void verifyEmail(@Valid @RequestBody VerifyRequest request) {
        verification.verify(request.token());
    }

    @PostMapping("/verify-email/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail the verification link again (at most once a minute)")
    void resend(Caller caller) {
        verification.resend(accounts.byId(caller.userId())
                .orElseThrow(() -> ApiProblem.notFound("Account " + caller.userId())));
    }

    record SignupRequest(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(min = 10, max = 128) String password,
                         @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String organizationName) {
    }

    record VerifyRequest(@NotBlank @Size(max = 4096) String token) {
    }
}

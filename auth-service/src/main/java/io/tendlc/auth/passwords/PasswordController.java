package io.tendlc.auth.passwords;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.auth.accounts.Account;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.auth.login.LoginAttempts;
import io.tendlc.auth.login.RefreshTokens;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Passwords", description = "Forgotten and changed passwords")
class PasswordController {

    private final PasswordResets resets;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final RefreshTokens refreshTokens;
    private final LoginAttempts attempts;

    PasswordController(PasswordResets resets, Accounts accounts, PasswordEncoder passwords, RefreshTokens refreshTokens,
                       LoginAttempts attempts) {
        this.resets = resets;
        this.accounts = accounts;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.attempts = attempts;
    }

    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail a password reset link (public); the same answer whether or not the address is known")
    void requestReset(@Valid @RequestBody ResetRequest request) {
        resets.request(request.email());
    }

    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with the mailed token (public); ends every session")
    void confirmReset(@Valid @RequestBody ResetConfirmation request) {
        resets.confirm(request.token(), request.newPassword());
    }

    /** Other sessions end; the caller's own survives when it sends its refresh token along. */
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the password (the current one is required); ends the other sessions")
    @Transactional
    void change(Caller caller, @Valid @RequestBody PasswordChange request) {
        Account account = accounts.byId(caller.userId())
                .orElseThrow(() -> ApiProblem.notFound("Account " + caller.userId()));
        attempts.checkNotLocked(account.email());
        if (!passwords.matches(request.currentPassword(), account.passwordHash())) {
            attempts.recordFailure(account.email());
            throw ApiProblem.badRequest("wrong-password", "The current password is wrong.");
        }
        accounts.changePassword(account.id(), passwords.encode(request.newPassword()));
        refreshTokens.revokeAll(account.id(), request.refreshToken());
    }

    record ResetRequest(@NotBlank @Size(max = 320) String email) {
    }

    record ResetConfirmation(@NotBlank @Size(max = 200) String token, @NotBlank @Size(min = 10, max = 128) String newPassword) {
    }

    /** @param refreshToken optional: the caller's own session, kept alive */
    record PasswordChange(@NotBlank @Size(max = 1024) String currentPassword,
                          @NotBlank @Size(min = 10, max = 128) String newPassword, @Size(max = 200) String refreshToken) {
    }
}

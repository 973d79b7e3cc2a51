package io.tendlc.auth.mfa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.auth.accounts.Account;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.auth.login.LoginAttempts;
import io.tendlc.auth.login.MfaChallenges;
import io.tendlc.auth.login.Sessions;
import io.tendlc.auth.login.TokenResponse;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The second step of a login: the {@code mfaToken} from the password step plus a code. */
@RestController
@Tag(name = "Sessions", description = "Log in, refresh and log out")
class MfaLoginController {

    private final MfaChallenges challenges;
    private final Accounts accounts;
    private final SecondFactor factor;
    private final LoginAttempts attempts;
    private final Sessions sessions;

    MfaLoginController(MfaChallenges challenges, Accounts accounts, SecondFactor factor, LoginAttempts attempts,
                       Sessions sessions) {
        this.challenges = challenges;
        this.accounts = accounts;
        this.factor = factor;
        this.attempts = attempts;
        this.sessions = sessions;
    }

    @PostMapping("/api/v1/auth/login/mfa")
    @Operation(summary = "Complete a login with a TOTP code or a recovery code (public)")
    TokenResponse login(@Valid @RequestBody MfaLoginRequest request) {
        Account account = challenges.accountOf(request.mfaToken()).flatMap(accounts::byId)
                .orElseThrow(MfaLoginController::challengeOver);
        attempts.checkNotLocked(account.email());
        if (!factor.accepts(account.id(), request.code(), request.recoveryCode())) {
            attempts.recordFailure(account.email());
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-code", "Invalid code",
                    "The code is wrong or was used already.");
        }
        if (!challenges.complete(request.mfaToken())) {
            throw challengeOver();
        }
        attempts.reset(account.email());
        return sessions.open(account);
    }

    private static ApiProblem challengeOver() {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-mfa-token", "Login expired",
                "The login step has expired or was completed already. Log in again.");
    }

    /** One of {@code code} (authenticator app) or {@code recoveryCode}. */
    record MfaLoginRequest(@NotBlank @Size(max = 200) String mfaToken, @Size(max = 16) String code,
                           @Size(max = 64) String recoveryCode) {
    }
}

package io.tendlc.auth.mfa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.auth.accounts.Account;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.auth.login.LoginAttempts;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Enrolling, confirming and removing the second factor; every wrong code counts toward the login lockout. */
@RestController
@RequestMapping("/api/v1/auth/mfa")
@Tag(name = "Two-factor authentication", description = "TOTP enrolment, recovery codes")
class MfaController {

    private final Accounts accounts;
    private final SecondFactor factor;
    private final Totp totp;
    private final LoginAttempts attempts;

    MfaController(Accounts accounts, SecondFactor factor, Totp totp, LoginAttempts attempts) {
        this.accounts = accounts;
        this.factor = factor;
        this.totp = totp;
        this.attempts = attempts;
    }

    @PostMapping("/enrollment")
    @Operation(summary = "Start TOTP enrolment: a new secret, its otpauth URI and a QR code")
    Enrollment enroll(Caller caller) {
        Account account = account(caller);
        if (account.mfaEnabled()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "mfa-already-enabled", "Two-factor authentication is on",
                    "Disable it first to enrol another authenticator.");
        }
        String secret = factor.begin(account.id());
        return new Enrollment(secret, totp.otpauthUri(secret, account.email()),
                totp.qrCodeDataUri(secret, account.email()));
    }

    @PostMapping("/enrollment/confirm")
    @Operation(summary = "Confirm enrolment with a current code; answers the recovery codes, shown this once")
    RecoveryCodesResponse confirm(Caller caller, @Valid @RequestBody CodeRequest request) {
        Account account = account(caller);
        if (account.mfaEnabled() || !factor.pending(account.id())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "mfa-not-enrolling", "No enrolment in progress",
                    "Start an enrolment first.");
        }
        attempts.checkNotLocked(account.email());
        return factor.confirm(account.id(), request.code()).map(RecoveryCodesResponse::new)
                .orElseThrow(() -> wrongCode(account));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn two-factor authentication off (needs a current code or a recovery code)")
    void disable(Caller caller, @Valid @RequestBody ProofRequest request) {
        Account account = enabled(caller);
        prove(account, request);
        factor.disable(account.id());
    }

    @PostMapping("/recovery-codes")
    @Operation(summary = "Replace the recovery codes (needs a current code or a recovery code)")
    RecoveryCodesResponse regenerate(Caller caller, @Valid @RequestBody ProofRequest request) {
        Account account = enabled(caller);
        prove(account, request);
        return new RecoveryCodesResponse(factor.recoveryCodes(account.id()));
    }

    private void prove(Account account, ProofRequest request) {
        attempts.checkNotLocked(account.email());
        if (!factor.accepts(account.id(), request.code(), request.recoveryCode())) {
            throw wrongCode(account);
        }
    }

    private ApiProblem wrongCode(Account account) {
        attempts.recordFailure(account.email());
        return ApiProblem.badRequest("invalid-code", "The code is wrong or was used already.");
    }

    private Account enabled(Caller caller) {
        Account account = account(caller);
        if (!account.mfaEnabled()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "mfa-not-enabled", "Two-factor authentication is off",
                    "Two-factor authentication is not enabled for this account.");
        }
        return account;
    }

    private Account account(Caller caller) {
        return accounts.byId(caller.userId()).orElseThrow(() -> ApiProblem.notFound("Account " + caller.userId()));
    }

    record Enrollment(String secret, String otpauthUri, String qrCode) {
    }

    record CodeRequest(@NotBlank @Size(max = 16) String code) {
    }

    /** A current TOTP code, or one of the recovery codes. */
    record ProofRequest(@Size(max = 16) String code, @Size(max = 64) String recoveryCode) {
    }

    record RecoveryCodesResponse(List<String> recoveryCodes) {
    }
}

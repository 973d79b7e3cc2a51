package io.tendlc.auth.login;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.auth.accounts.Account;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.auth.tokens.Revocations;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sessions", description = "Log in, refresh and log out")
class LoginController {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final LoginAttempts attempts;
    private final MfaChallenges challenges;
    private final JwtDecoder accessTokens;
    private final Revocations revocations;
    /** Checked against when the email is unknown, so both failures take the same time. */
    private final String decoyHash;

    LoginController(Accounts accounts, PasswordEncoder passwords, Sessions sessions, RefreshTokens refreshTokens,
                    LoginAttempts attempts, MfaChallenges challenges, JwtDecoder accessTokens,
                    Revocations revocations) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.attempts = attempts;
        this.challenges = challenges;
        this.accessTokens = accessTokens;
        this.revocations = revocations;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    @PostMapping("/login")
    @Operation(summary = "Log in with email and password (public); answers tokens, or an MFA challenge")
    LoginResult login(@Valid @RequestBody LoginRequest request) {
        attempts.checkNotLocked(request.email());
        Account account = accounts.byEmail(request.email()).orElse(null);
        boolean matches = passwords.matches(request.password(), account == null ? decoyHash : account.passwordHash());
        if (account == null || !matches) {
            attempts.recordFailure(request.email());
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
                    "The email or password is wrong.");
        }
        if (account.mfaEnabled()) {
            // the count is reset only by a complete login, so knowing the password buys no extra code guesses
            return new LoginResult.MfaRequired(true, challenges.issue(account.id()), MfaChallenges.TTL.toSeconds());
        }
        attempts.reset(request.email());
        return sessions.open(account);
    }

    @PostMapping("/refresh")
    @Operation(summary = "Swap a refresh token for new tokens (public); a reused token ends its whole family")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return sessions.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Log out (public): ends the refresh token's family and deny-lists the bearer token, if sent")
    void logout(@Valid @RequestBody RefreshRequest request,
                @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        refreshTokens.revokeFamilyOf(request.refreshToken());
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            try {
                Jwt jwt = accessTokens.decode(authorization.substring(7).trim());
                revocations.token(jwt.getId(), jwt.getExpiresAt());
            } catch (JwtException expiredOrForged) {
                // nothing to deny-list: the gateway refuses it already
            }
        }
    }

    record LoginRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password) {
    }

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }
}

package io.tendlc.auth.login;

import io.tendlc.auth.accounts.Account;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.auth.tokens.TokenIssuer;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class LoginController {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;
    /** Checked against when the email is unknown, so both failures take the same time. */
    private final String decoyHash;

    LoginController(Accounts accounts, PasswordEncoder passwords, TokenIssuer tokens, RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    @PostMapping("/login")
    TokenResponse login(@Valid @RequestBody LoginRequest request) {
        Account account = accounts.byEmail(request.email()).orElse(null);
        boolean matches = passwords.matches(request.password(), account == null ? decoyHash : account.passwordHash());
        if (account == null || !matches) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
                    "The email or password is wrong.");
        }
        return tokensFor(account, refreshTokens.start(account.id()));
    }

    @PostMapping("/refresh")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(request.refreshToken());
        Account account = accounts.byId(rotation.accountId()).orElseThrow();
        return tokensFor(account, rotation.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody RefreshRequest request) {
        refreshTokens.revokeFamilyOf(request.refreshToken());
    }

    private TokenResponse tokensFor(Account account, String refreshToken) {
        TokenIssuer.IssuedToken access = tokens.forUser(account.id(), account.organizationId(), account.email(),
                account.roles());
        return new TokenResponse(access.value(), refreshToken, access.expiresInSeconds(), "Bearer");
    }

    record LoginRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password) {
    }

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {
    }
}

package io.tendlc.auth.login;

/** Signed in: a short access token and the refresh token that renews it. */
public record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType)
        implements LoginResult {

    static TokenResponse bearer(String accessToken, String refreshToken, long expiresIn) {
        return new TokenResponse(accessToken, refreshToken, expiresIn, "Bearer");
    }
}

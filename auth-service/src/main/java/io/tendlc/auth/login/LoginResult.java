package io.tendlc.auth.login;

/** What a correct password gets: tokens, or (second factor enrolled) a challenge for the code. */
public sealed interface LoginResult permits TokenResponse, LoginResult.MfaRequired {

    /** Send the code with this token to {@code /api/v1/auth/login/mfa} within {@code expiresIn} seconds. */
    record MfaRequired(boolean mfaRequired, String mfaToken, long expiresIn) implements LoginResult {
    }
}

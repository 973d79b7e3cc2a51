package io.tendlc.platform.security;

/** Claim names of the platform's access tokens (issued by auth-service, read by every service). */
public final class TokenClaims {

    public static final String ORGANIZATION = "org";
    public static final String ROLES = "roles";
    public static final String SCOPE = "scope";
    public static final String EMAIL = "email";
    /** OIDC's claim: whether the user proved they own the address (users only). */
    public static final String EMAIL_VERIFIED = "email_verified";

    private TokenClaims() {
    }
}

package io.tendlc.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.tendlc.platform.security.TokenClaims;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens shaped like auth-service's (RS256 with a {@code kid}, org, roles, scope, email_verified), signed
 * with a per-JVM test key that {@link TestJwks} publishes the way auth-service publishes its keys; plus the
 * forgeries an attacker would try.
 */
public final class TestTokens {

    public static final String KID = "test-key";
    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER = generate();

    /** A verified member of the organization with these roles (a fresh user id). */
    public static String user(UUID organizationId, String... roles) {
        return user(UUID.randomUUID(), organizationId, roles);
    }

    public static String user(UUID userId, UUID organizationId, String... roles) {
        return claims(userId.toString(), organizationId, List.of(roles), null, true, Instant.now().plusSeconds(600))
                .signed();
    }

    /** A member whose email address is not verified yet. */
    public static String unverifiedUser(UUID organizationId, String... roles) {
        return claims(UUID.randomUUID().toString(), organizationId, List.of(roles), null, false,
                Instant.now().plusSeconds(600)).signed();
    }

    public static String apiKey(UUID organizationId, String... scopes) {
        return claims("apikey:" + UUID.randomUUID(), organizationId, List.of(), String.join(" ", scopes), false,
                Instant.now().plusSeconds(600)).signed();
    }

    public static String expired(UUID organizationId) {
        return claims(UUID.randomUUID().toString(), organizationId, List.of("OWNER"), null, true,
                Instant.now().minusSeconds(60)).signed();
    }

    /** A valid OWNER token whose payload was then edited to another organization (signature no longer matches). */
    public static String tampered(UUID organizationId, UUID otherOrganizationId) {
        String[] parts = user(organizationId, "OWNER").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(organizationId.toString(), otherOrganizationId.toString());
        return parts[0] + "." + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** An unsigned token ({@code alg: none}) claiming OWNER. */
    public static String unsigned(UUID organizationId) {
        return new PlainJWT(claims(UUID.randomUUID().toString(), organizationId, List.of("OWNER"), null, true,
                Instant.now().plusSeconds(600)).set).serialize();
    }

    /** Signed by a key nobody published, under a {@code kid} nobody knows. */
    public static String unknownKey(UUID organizationId) {
        return claims(UUID.randomUUID().toString(), organizationId, List.of("OWNER"), null, true,
                Instant.now().plusSeconds(600)).signedWith(STRANGER, "unknown-kid");
    }

    /** Signed by a key nobody published, but claiming the published {@code kid}. */
    public static String forgedWithKnownKid(UUID organizationId) {
        return claims(UUID.randomUUID().toString(), organizationId, List.of("OWNER"), null, true,
                Instant.now().plusSeconds(600)).signedWith(STRANGER, KID);
    }

    /** The JWKS document publishing the test key. */
    public static String jwks() {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID(KID).build();
        return new JWKSet(key).toString(true);
    }

    private static Claims claims(String subject, UUID organizationId, List<String> roles, String scope,
                                 boolean emailVerified, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer("tendlc-auth")
                .jwtID(UUID.randomUUID().toString()).issueTime(new Date()).expirationTime(Date.from(expiresAt))
                .claim(TokenClaims.ORGANIZATION, organizationId.toString()).claim(TokenClaims.ROLES, roles);
        if (scope != null) {
            claims.claim(TokenClaims.SCOPE, scope);
        } else {
            claims.claim(TokenClaims.EMAIL_VERIFIED, emailVerified);
        }
        return new Claims(claims.build());
    }

    private record Claims(JWTClaimsSet set) {
        String signed() {
            return signedWith(KEYS, KID);
        }

        String signedWith(KeyPair keys, String kid) {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), set);
            try {
                jwt.sign(new RSASSASigner(keys.getPrivate()));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestTokens() {
    }
}

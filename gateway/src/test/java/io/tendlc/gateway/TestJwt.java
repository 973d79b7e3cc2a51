package io.tendlc.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

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

/** RS256 access tokens shaped like auth-service's, signed with a key the test backend publishes as JWKS. */
final class TestJwt {

    static final String KID = "test-key-1";
    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER = generate();

    private String subject = UUID.randomUUID().toString();
    private UUID organization = UUID.randomUUID();
    private String jti = UUID.randomUUID().toString();
    private Instant issuedAt = Instant.now();
    private Instant expiresAt = Instant.now().plusSeconds(900);

    static TestJwt user() {
        return new TestJwt();
    }

    static TestJwt apiKey(String keyId, UUID organization) {
        return new TestJwt().subject("apikey:" + keyId).organization(organization).expiresAt(Instant.now().plusSeconds(120));
    }

    TestJwt subject(String subject) {
        this.subject = subject;
        return this;
    }

    TestJwt organization(UUID organization) {
        this.organization = organization;
        return this;
    }

    TestJwt jti(String jti) {
        this.jti = jti;
        return this;
    }

    TestJwt issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    TestJwt expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    String subject() {
        return subject;
    }

    UUID organization() {
        return organization;
    }

    String jti() {
        return jti;
    }

    String signed() {
        return signedWith(KEYS, KID);
    }

    /** Signed by a key nobody published, under a key id nobody published. */
    String signedWithUnknownKid() {
        return signedWith(STRANGER, "unknown-kid");
    }

    /** Signed by a key nobody published, claiming the published key id. */
    String forgedWithKnownKid() {
        return signedWith(STRANGER, KID);
    }

    /** A validly signed token whose payload was changed afterwards (another organization). */
    String tampered() {
        String[] parts = signed().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(organization.toString(), UUID.randomUUID().toString());
        return parts[0] + "." + base64(payload) + "." + parts[2];
    }

    /** {@code alg: none}, no signature. */
    String unsigned() {
        return base64("{\"alg\":\"none\",\"kid\":\"" + KID + "\"}") + "." + base64(claims().toString()) + ".";
    }

    static String jwks() {
        return new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID(KID).build()).toString(true);
    }

    private String signedWith(KeyPair keys, String kid) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().subject(subject).issuer("tendlc-auth").jwtID(jti)
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt))
                .claim("org", organization.toString()).claim("roles", List.of("OWNER")).build();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
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
}

package io.tendlc.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.tendlc.platform.security.TokenClaims;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Access tokens shaped like auth-service's (RS256, org, roles, scope), signed with a per-JVM test key. */
public final class TestTokens {

    private static final KeyPair KEYS = generate();

    public static String user(UUID organizationId, String... roles) {
        return sign(UUID.randomUUID().toString(), organizationId, List.of(roles), null, Instant.now().plusSeconds(600));
    }

    public static String apiKey(UUID organizationId, String... scopes) {
        return sign("apikey:" + UUID.randomUUID(), organizationId, List.of(), String.join(" ", scopes),
                Instant.now().plusSeconds(600));
    }

    public static String expired(UUID organizationId) {
        return sign(UUID.randomUUID().toString(), organizationId, List.of("OWNER"), null, Instant.now().minusSeconds(60));
    }

    static JwtDecoder decoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
    }

    private static String sign(String subject, UUID organizationId, List<String> roles, String scope, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer("tendlc-auth")
                .jwtID(UUID.randomUUID().toString()).issueTime(new Date()).expirationTime(Date.from(expiresAt))
                .claim(TokenClaims.ORGANIZATION, organizationId.toString()).claim(TokenClaims.ROLES, roles);
        if (scope != null) {
            claims.claim(TokenClaims.SCOPE, scope);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
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

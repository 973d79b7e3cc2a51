package io.tendlc.auth.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.stereotype.Component;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed single-purpose tokens (an email verification link, say), signed with the current signing key. Their
 * JOSE {@code typ} is {@code <purpose>+jwt} and they carry no organization, so no resource server mistakes one for
 * an access token (Spring's decoders accept only {@code typ} JWT or none), and a {@code purpose} claim, so one
 * purpose's token never serves another.
 */
@Component
public class PurposeTokens {

    public static final String PURPOSE = "purpose";

    private final SigningKeys keys;
    private final AuthProperties properties;

    PurposeTokens(SigningKeys keys, AuthProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    public Signed issue(String purpose, String subject, Map<String, Object> claims, Duration ttl) {
        RSAKey key = keys.current();
        Instant now = Instant.now();
        Instant expiresAt = now.plus(ttl);
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(properties.issuer()).subject(subject)
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now)).expirationTime(Date.from(expiresAt))
                .claim(PURPOSE, purpose);
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(type(purpose)).build(), set.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return new Signed(jwt.serialize(), expiresAt);
    }

    /** The claims of a genuine, unexpired token for {@code purpose}; empty for anything else. */
    public Optional<JWTClaimsSet> verify(String purpose, String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSHeader header = jwt.getHeader();
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || !type(purpose).equals(header.getType())) {
                return Optional.empty();
            }
            JWK key = keys.jwks().getKeyByKeyId(header.getKeyID());
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean valid = purpose.equals(claims.getStringClaim(PURPOSE))
                    && properties.issuer().equals(claims.getIssuer())
                    && claims.getExpirationTime() != null && claims.getExpirationTime().after(new Date());
            return valid ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static JOSEObjectType type(String purpose) {
        return new JOSEObjectType(purpose + "+jwt");
    }

    public record Signed(String token, Instant expiresAt) {
    }
}

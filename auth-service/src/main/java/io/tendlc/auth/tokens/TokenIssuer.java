package io.tendlc.auth.tokens;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.tendlc.platform.security.TokenClaims;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Signs short-lived access tokens (RS256, with the signing key's {@code kid}). */
@Component
public class TokenIssuer {

    private final SigningKeys keys;
    private final AuthProperties properties;
    private final Revocations revocations;

    TokenIssuer(SigningKeys keys, AuthProperties properties, Revocations revocations) {
        this.keys = keys;
        this.properties = properties;
        this.revocations = revocations;
    }

    /** A member's token for one organization, carrying their role there. */
    public IssuedToken forUser(UUID userId, UUID organizationId, String email, boolean emailVerified, String role) {
        JwtClaimsSet.Builder claims = claims(userId.toString(), organizationId, properties.accessTokenTtl(),
                issuedAt(organizationId, userId.toString()))
                .claim(TokenClaims.ROLES, List.of(role))
                .claim(TokenClaims.EMAIL, email)
                .claim(TokenClaims.EMAIL_VERIFIED, emailVerified);
        return sign(claims, properties.accessTokenTtl());
    }

    public IssuedToken forApiKey(UUID keyId, UUID organizationId, Collection<String> scopes) {
        JwtClaimsSet.Builder claims = claims("apikey:" + keyId, organizationId, properties.apiKeyTokenTtl(),
                Instant.now())
                .claim(TokenClaims.ROLES, List.of())
                .claim(TokenClaims.SCOPE, String.join(" ", scopes));
        return sign(claims, properties.apiKeyTokenTtl());
    }

    /**
     * Now, unless the subject's tokens were revoked within this very second (a role change, say): the gateway refuses
     * tokens issued at or before the revocation's second, so the new token says it was issued the second after.
     */
    private Instant issuedAt(UUID organizationId, String subject) {
        Instant now = Instant.now();
        java.util.OptionalLong revoked = revocations.revokedUpTo(organizationId, subject);
        return revoked.isPresent() && revoked.getAsLong() >= now.getEpochSecond()
                ? Instant.ofEpochSecond(revoked.getAsLong() + 1) : now;
    }

    private JwtClaimsSet.Builder claims(String subject, UUID organizationId, Duration ttl, Instant now) {
        return JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(subject)
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(TokenClaims.ORGANIZATION, organizationId.toString());
    }

    private IssuedToken sign(JwtClaimsSet.Builder claims, Duration ttl) {
        RSAKey key = keys.current();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedToken(token, ttl.toSeconds());
    }

    public record IssuedToken(String value, long expiresInSeconds) {
    }
}

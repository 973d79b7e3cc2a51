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

    TokenIssuer(SigningKeys keys, AuthProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    public IssuedToken forUser(UUID userId, UUID organizationId, String email, Collection<String> roles) {
        return issue(userId.toString(), organizationId, roles, null, email, properties.accessTokenTtl());
    }

    public IssuedToken forApiKey(UUID keyId, UUID organizationId, Collection<String> scopes) {
        return issue("apikey:" + keyId, organizationId, List.of(), String.join(" ", scopes), null,
                properties.apiKeyTokenTtl());
    }

    private IssuedToken issue(String subject, UUID organizationId, Collection<String> roles, String scope, String email,
                              Duration ttl) {
        RSAKey key = keys.current();
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(subject)
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(TokenClaims.ORGANIZATION, organizationId.toString())
                .claim(TokenClaims.ROLES, List.copyOf(roles));
        if (scope != null) {
            claims.claim(TokenClaims.SCOPE, scope);
        }
        if (email != null) {
            claims.claim(TokenClaims.EMAIL, email);
        }
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedToken(token, ttl.toSeconds());
    }

    public record IssuedToken(String value, long expiresInSeconds) {
    }
}

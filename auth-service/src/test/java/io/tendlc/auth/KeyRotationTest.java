package io.tendlc.auth;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.tendlc.auth.tokens.SigningKeys;
import io.tendlc.platform.test.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@AuthServiceTest
class KeyRotationTest {

    @LocalServerPort
    int port;
    @Autowired
    SigningKeys keys;

    @Test
    void tokensSignedBeforeARotationStayValidUntilTheirKeyIsRetired() throws Exception {
        Api api = Api.at(port);
        AuthClient auth = new AuthClient(api);
        AuthClient.Session member = auth.member(UUID.randomUUID(), "OWNER");
        SignedJWT before = SignedJWT.parse(member.accessToken());

        keys.rotate();
        SignedJWT after = SignedJWT.parse(auth.login(member.email()).accessToken());

        assertThat(after.getHeader().getKeyID()).isNotEqualTo(before.getHeader().getKeyID());
        JWKSet jwks = JWKSet.parse(api.get("/.well-known/jwks.json", null).body());
        assertThat(verifies(jwks, before)).as("the old token, against the JWKS after the rotation").isTrue();
        assertThat(verifies(jwks, after)).isTrue();
        assertThat(api.get("/api/v1/auth/me", member.accessToken()).status()).isEqualTo(200);

        // retired only once every token the old key signed has expired
        assertThat(keys.retireStoppedBefore(Instant.now().minus(Duration.ofHours(24)))).isZero();
        assertThat(JWKSet.parse(api.get("/.well-known/jwks.json", null).body())
                .getKeyByKeyId(before.getHeader().getKeyID())).isNotNull();
        assertThat(keys.retireStoppedBefore(Instant.now().plusSeconds(1))).isPositive();
        JWKSet retired = JWKSet.parse(api.get("/.well-known/jwks.json", null).body());
        assertThat(retired.getKeyByKeyId(before.getHeader().getKeyID())).isNull();
        assertThat(retired.getKeyByKeyId(after.getHeader().getKeyID())).isNotNull();
        assertThat(api.get("/api/v1/auth/me", member.accessToken()).status()).isEqualTo(401);
    }

    @Test
    void aScheduledKeyIsPublishedBeforeItSigns() throws Exception {
        Api api = Api.at(port);
        AuthClient auth = new AuthClient(api);
        String signing = keys.current().getKeyID();

        assertThat(keys.rotateIfDue(Duration.ofDays(30), Duration.ofMinutes(10))).as("not due yet").isFalse();
        assertThat(keys.rotateIfDue(Duration.ZERO, Duration.ofMinutes(10))).isTrue();

        JWKSet jwks = JWKSet.parse(api.get("/.well-known/jwks.json", null).body());
        assertThat(jwks.getKeys()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(jwks.getKeys().getFirst().getKeyID()).as("the next key, published").isNotEqualTo(signing);
        String token = auth.member(UUID.randomUUID(), "OWNER").accessToken();
        assertThat(SignedJWT.parse(token).getHeader().getKeyID()).as("still signed by the current key").isEqualTo(signing);
    }

    private static boolean verifies(JWKSet jwks, SignedJWT jwt) throws Exception {
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new RSASSAVerifier(key));
    }
}

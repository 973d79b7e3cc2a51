package io.tendlc.auth;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.events.identity.RevocationKeys;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.tendlc.auth.AuthClient.PASSWORD;
import static io.tendlc.auth.AuthClient.json;
import static org.assertj.core.api.Assertions.assertThat;

@AuthServiceTest
class AuthServiceIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    StringRedisTemplate redis;

    Api api;
    AuthClient auth;
    UUID org = UUID.randomUUID();
    String email;

    @BeforeEach
    void account() {
        api = Api.at(port);
        auth = new AuthClient(api);
        email = "owner-" + UUID.randomUUID() + "@example.com";
        accounts.create(new Accounts.NewAccount(org, "Acme", email, passwords.encode(PASSWORD), "Owner", "OWNER", true));
    }

    @Test
    void loginIssuesAnRs256TokenThatTheJwksVerifies() throws Exception {
        Api.Reply login = auth.login(email.toUpperCase(), PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("expiresIn").asLong()).isEqualTo(900);
        assertThat(login.text("tokenType")).isEqualTo("Bearer");
        SignedJWT jwt = SignedJWT.parse(login.text("accessToken"));
        JWKSet jwks = JWKSet.parse(api.get("/.well-known/jwks.json", null).body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("tendlc-auth");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringClaim("org")).isEqualTo(org.toString());
        assertThat(claims.getStringListClaim("roles")).containsExactly("OWNER");
        assertThat(claims.getStringClaim("email")).isEqualTo(email);
        assertThat(claims.getBooleanClaim("email_verified")).isTrue();
        // and the service itself accepts it
        assertThat(api.get("/api/v1/auth/me", login.text("accessToken")).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Api.Reply wrong = auth.login(email, "nope");
        Api.Reply unknown = auth.login("nobody-" + UUID.randomUUID() + "@example.com", "nope");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json()).isEqualTo(unknown.json());
        assertThat(wrong.text("type")).isEqualTo("https://tendlc.io/problems/invalid-credentials");
    }

    @Test
    void badInputIsAProblemNotAStackTrace() {
        Api.Reply empty = api.post("/api/v1/auth/login", null, "{}");
        Api.Reply malformed = api.post("/api/v1/auth/login", null, "{\"email\":");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("type")).endsWith("/validation");
        assertThat(empty.json().path("errors")).hasSize(2);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("type")).endsWith("/malformed-request");
        assertThat(malformed.body()).doesNotContain("Exception");
    }

    @Test
    void refreshTokensRotateAndAReusedOneRevokesTheFamily() {
        String first = auth.login(email).refreshToken();

        Api.Reply rotated = auth.refresh(first);
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.text("refreshToken");
        assertThat(second).isNotEqualTo(first);
        assertThat(AuthClient.claims(rotated.text("accessToken")).getSubject()).isNotBlank();

        Api.Reply reuse = auth.refresh(first);
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.text("type")).endsWith("/invalid-refresh-token");
        // the thief's replay killed the legitimate successor too
        assertThat(auth.refresh(second).status()).isEqualTo(401);
    }

    @Test
    void logoutEndsTheFamilyAndDenyListsTheAccessToken() throws Exception {
        AuthClient.Session session = auth.login(email);
        String jti = session.claims().getJWTID();

        Api.Reply logout = api.request(api.client().post().uri("/api/v1/auth/logout")
                .headers(h -> h.setBearerAuth(session.accessToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(json("refreshToken", session.refreshToken())));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(redis.hasKey(RevocationKeys.token(jti))).isTrue();
        long ttl = redis.getExpire(RevocationKeys.token(jti), TimeUnit.SECONDS);
        long remaining = session.claims().getExpirationTime().toInstant().getEpochSecond() - Instant.now().getEpochSecond();
        assertThat(ttl).isPositive().isBetween(remaining - 5, remaining + 5);
        assertThat(auth.refresh(session.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void logoutWorksWithAnExpiredOrForgedBearerToo() {
        AuthClient.Session session = auth.login(email);
        for (String stale : new String[]{TestTokens.expired(org), "not.a.jwt"}) {
            Api.Reply logout = api.request(api.client().post().uri("/api/v1/auth/logout")
                    .headers(h -> h.setBearerAuth(stale))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json("refreshToken", session.refreshToken())));
            assertThat(logout.status()).isEqualTo(204);
        }
        assertThat(auth.refresh(session.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void meDescribesTheUserAndTheirOrganizations() {
        AuthClient.Session session = auth.login(email);
        Api.Reply me = api.get("/api/v1/auth/me", session.accessToken());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("userId")).isEqualTo(session.userId().toString());
        assertThat(me.text("email")).isEqualTo(email);
        assertThat(me.text("name")).isEqualTo("Owner");
        assertThat(me.json().path("emailVerified").asBoolean()).isTrue();
        assertThat(me.json().path("mfaEnabled").asBoolean()).isFalse();
        assertThat(me.text("organizationId")).isEqualTo(org.toString());
        assertThat(me.text("role")).isEqualTo("OWNER");
        assertThat(me.json().path("organizations")).hasSize(1);
        assertThat(api.get("/api/v1/auth/me", TestTokens.apiKey(org, "messages:send")).text("type"))
                .endsWith("/user-required");
    }
}

package io.tendlc.auth;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.tendlc.auth.accounts.Accounts;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformIntegrationTest
class AuthServiceIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;

    Api api;
    UUID org = UUID.randomUUID();
    String email;

    @BeforeEach
    void account() {
        api = Api.at(port);
        email = "owner-" + UUID.randomUUID() + "@example.com";
        accounts.create(org, "Acme", email, passwords.encode("correct horse battery"), "Owner", "OWNER");
    }

    @Test
    void loginIssuesAnRs256TokenThatTheJwksVerifies() throws Exception {
        Api.Reply login = api.post("/api/v1/auth/login", null,
                "{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"correct horse battery\"}");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("expiresIn").asLong()).isEqualTo(900);
        SignedJWT jwt = SignedJWT.parse(login.text("accessToken"));
        JWKSet jwks = JWKSet.parse(api.get("/.well-known/jwks.json", null).body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getStringClaim("org")).isEqualTo(org.toString());
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("OWNER");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Api.Reply wrong = api.post("/api/v1/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"nope\"}");
        Api.Reply unknown = api.post("/api/v1/auth/login", null, "{\"email\":\"nobody@example.com\",\"password\":\"nope\"}");

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
        String first = api.post("/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}").text("refreshToken");

        Api.Reply rotated = api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + first + "\"}");
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.text("refreshToken");
        assertThat(second).isNotEqualTo(first);

        Api.Reply reuse = api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + first + "\"}");
        assertThat(reuse.status()).isEqualTo(401);
        // the thief's replay killed the legitimate successor too
        assertThat(api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + second + "\"}").status()).isEqualTo(401);
    }

    @Test
    void apiKeysAreShownOnceExchangedForScopedTokensAndStopWorkingWhenRevoked() throws Exception {
        String owner = TestTokens.user(org, "OWNER");
        Api.Reply created = api.post("/api/v1/api-keys", owner, "{\"name\":\"ci\",\"scopes\":[\"messages:send\"]}");
        assertThat(created.status()).isEqualTo(201);
        String key = created.text("key");
        assertThat(key).startsWith("tdlc_").hasSize(45).startsWith(created.text("prefix"));

        Api.Reply listed = api.get("/api/v1/api-keys", owner);
        assertThat(listed.body()).contains(created.text("prefix")).doesNotContain(key);

        Api.Reply exchanged = api.post("/internal/api-keys/exchange", null, "{\"key\":\"" + key + "\"}");
        assertThat(exchanged.status()).isEqualTo(200);
        var claims = SignedJWT.parse(exchanged.text("accessToken")).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("apikey:" + created.text("id"));
        assertThat(claims.getStringClaim("org")).isEqualTo(org.toString());
        assertThat(claims.getStringClaim("scope")).isEqualTo("messages:send");

        assertThat(api.delete("/api/v1/api-keys/" + created.text("id"), owner).status()).isEqualTo(204);
        assertThat(api.post("/internal/api-keys/exchange", null, "{\"key\":\"" + key + "\"}").status()).isEqualTo(401);
    }

    @Test
    void keysAreScopedToTheCallersOrganizationAndRole() {
        String owner = TestTokens.user(org, "OWNER");
        String id = api.post("/api/v1/api-keys", owner, "{\"name\":\"mine\"}").text("id");

        String stranger = TestTokens.user(UUID.randomUUID(), "OWNER");
        assertThat(api.get("/api/v1/api-keys", stranger).json().findValues("id")).extracting(Object::toString)
                .doesNotContain("\"" + id + "\"");
        assertThat(api.delete("/api/v1/api-keys/" + id, stranger).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/api-keys", TestTokens.user(org, "VIEWER"), "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/api-keys", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/api-keys", TestTokens.expired(org)).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/api-keys", owner, "{\"name\":\"x\",\"scopes\":[\"root\"]}").status()).isEqualTo(400);
        assertThat(List.of(api.delete("/api/v1/api-keys/" + id, owner).status())).containsExactly(204);
    }
}

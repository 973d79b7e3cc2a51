package io.tendlc.auth;

import com.nimbusds.jwt.SignedJWT;
import io.tendlc.events.identity.RevocationKeys;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@AuthServiceTest
class ApiKeysTest {

    @LocalServerPort
    int port;
    @Autowired
    StringRedisTemplate redis;

    Api api;
    AuthClient auth;
    UUID org = UUID.randomUUID();
    String owner;

    @BeforeEach
    void owner() {
        api = Api.at(port);
        auth = new AuthClient(api);
        owner = auth.member(org, "OWNER").accessToken();
    }

    @Test
    void keysAreShownOnceExchangedForScopedTokensAndStopWorkingAtOnceWhenRevoked() throws Exception {
        Api.Reply created = api.post("/api/v1/api-keys", owner, "{\"name\":\"ci\",\"scopes\":[\"messages:send\"]}");
        assertThat(created.status()).isEqualTo(201);
        String key = created.text("key");
        String id = created.text("id");
        assertThat(key).startsWith("tdlc_").hasSize(45).startsWith(created.text("prefix"));
        assertThat(created.text("name")).isEqualTo("ci");
        assertThat(created.json().path("createdAt").isMissingNode()).isFalse();

        Api.Reply exchanged = api.post("/internal/api-keys/exchange", null, "{\"key\":\"" + key + "\"}");
        assertThat(exchanged.status()).isEqualTo(200);
        var claims = SignedJWT.parse(exchanged.text("accessToken")).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("apikey:" + id);
        assertThat(claims.getStringClaim("org")).isEqualTo(org.toString());
        assertThat(claims.getStringClaim("scope")).isEqualTo("messages:send");
        assertThat(exchanged.json().path("expiresIn").asLong()).isEqualTo(120);

        Api.Reply listed = api.get("/api/v1/api-keys", owner);
        assertThat(listed.body()).contains(created.text("prefix")).doesNotContain(key).doesNotContain("organizationId");
        var listedKey = listed.json().get(0);
        assertThat(listedKey.path("lastUsedAt").isNull()).isFalse();
        assertThat(listedKey.path("revokedAt").isNull()).isTrue();
        assertThat(listedKey.path("createdBy").asString()).isEqualTo(AuthClient.claims(owner).getSubject());

        long before = Instant.now().getEpochSecond();
        assertThat(api.delete("/api/v1/api-keys/" + id, owner).status()).isEqualTo(204);

        String revocation = RevocationKeys.subject(org, "apikey:" + id);
        assertThat(Long.parseLong(redis.opsForValue().get(revocation))).isBetween(before, Instant.now().getEpochSecond());
        assertThat(redis.getExpire(revocation, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(120);
        assertThat(api.post("/internal/api-keys/exchange", null, "{\"key\":\"" + key + "\"}").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/api-keys", owner).json().get(0).path("revokedAt").isNull()).isFalse();
    }

    @Test
    void aKeyGetsNoMoreThanItsCreatorAndOnlyIntegrationScopes() {
        String manager = auth.member(org, "MANAGER").accessToken();

        assertThat(api.post("/api/v1/api-keys", owner, "{\"name\":\"x\",\"scopes\":[\"root\"]}").text("type"))
                .endsWith("/unknown-scope");
        // members:manage is a permission, but never an API key's
        assertThat(api.post("/api/v1/api-keys", owner, "{\"name\":\"x\",\"scopes\":[\"members:manage\"]}").status())
                .isEqualTo(400);
        // MANAGER lacks api-keys:manage
        assertThat(api.post("/api/v1/api-keys", manager, "{\"name\":\"x\"}").status()).isEqualTo(403);
        Api.Reply all = api.post("/api/v1/api-keys", owner, "{\"name\":\"everything\"}");
        assertThat(all.status()).isEqualTo(201);
        assertThat(all.json().path("scopes")).hasSizeGreaterThan(5);
        assertThat(all.body()).doesNotContain("api-keys:manage").doesNotContain("members:");
    }

    @Test
    void keysAreScopedToTheCallersOrganizationAndRole() {
        String id = api.post("/api/v1/api-keys", owner, "{\"name\":\"mine\"}").text("id");

        String stranger = TestTokens.user(UUID.randomUUID(), "OWNER");
        assertThat(api.get("/api/v1/api-keys", stranger).body()).doesNotContain(id);
        assertThat(api.delete("/api/v1/api-keys/" + id, stranger).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/api-keys", TestTokens.user(org, "VIEWER"), "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/api-keys", TestTokens.user(org, "AGENT")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/api-keys", TestTokens.apiKey(org, "messages:send"), "{\"name\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/api-keys", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/api-keys", TestTokens.expired(org)).status()).isEqualTo(401);
        assertThat(api.delete("/api/v1/api-keys/" + UUID.randomUUID(), owner).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/api-keys/" + id, owner).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/api-keys/" + id, owner).status()).as("revoking twice is fine").isEqualTo(204);
    }

    @Test
    void anUnverifiedOwnerCannotCreateKeys() {
        Api.Reply refused = api.post("/api/v1/api-keys", TestTokens.unverifiedUser(org, "OWNER"), "{\"name\":\"x\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("type")).endsWith("/email-not-verified");
    }
}

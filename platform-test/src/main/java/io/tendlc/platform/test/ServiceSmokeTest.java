package io.tendlc.platform.test;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises operators: health groups for Kubernetes probes, Prometheus metrics, an OpenAPI
 * document, and no API without a token. Each service's test extends this once.
 */
public abstract class ServiceSmokeTest {

    @LocalServerPort
    protected int port;

    @Test
    void healthGroupsForKubernetesProbesAreUp() {
        Api api = Api.at(port);
        Api.Reply readiness = api.get("/actuator/health/readiness", null);
        Api.Reply liveness = api.get("/actuator/health/liveness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.text("status")).isEqualTo("UP");
        assertThat(liveness.text("status")).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAndTheOpenApiDocumentArePublished() {
        Api api = Api.at(port);
        assertThat(api.get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
        Api.Reply docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text("openapi")).startsWith("3.");
    }

    @Test
    void theApiRefusesCallersWithoutAValidToken() {
        Api.Reply anonymous = Api.at(port).get("/api/v1/anything", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text("type")).isEqualTo("https://tendlc.io/problems/unauthorized");
        assertThat(Api.at(port).get("/api/v1/anything", "not.a.jwt").status()).isEqualTo(401);
    }

    @Test
    void forgedExpiredAndUnsignedTokensAreRefused() {
        Api api = Api.at(port);
        UUID org = UUID.randomUUID();
        // the same request with a genuine token gets past authentication (404: no such route), so the 401s
        // below are the token's doing
        assertThat(api.get("/api/v1/anything", TestTokens.user(org, "OWNER")).status()).isEqualTo(404);
        Map<String, String> forgeries = Map.of(
                "expired", TestTokens.expired(org),
                "tampered payload", TestTokens.tampered(org, UUID.randomUUID()),
                "alg none", TestTokens.unsigned(org),
                "unknown kid", TestTokens.unknownKey(org),
                "known kid, wrong key", TestTokens.forgedWithKnownKid(org));
        forgeries.forEach((what, token) -> assertThat(api.get("/api/v1/anything", token).status())
                .as(what).isEqualTo(401));
    }
}

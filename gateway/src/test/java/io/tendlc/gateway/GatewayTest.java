package io.tendlc.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

import java.time.Duration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing and the open doors: what needs a token, what does not, and what reaches the services unchanged. */
class GatewayTest extends GatewayIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void apiRoutesNeedATokenAndAnswerProblemsWithoutOne() {
        web.get().uri("/api/v1/messages/1").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://tendlc.io/problems/unauthorized");
    }

    @Test
    void aValidTokenIsRoutedToItsServiceWithARequestId() {
        String token = TestJwt.user().signed();
        web.get().uri("/api/v1/messages/1").header("Authorization", bearer(token)).exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody(String.class).value(body -> {
                    assertThat(body).contains("path=/api/v1/messages/1");
                    assertThat(body).contains("authorization: Bearer " + token);
                    assertThat(body).containsPattern("x-request-id: \\S{8,}");
                });
    }

    @Test
    void invitationsAreRoutedToTheUserService() {
        web.get().uri("/api/v1/invitations/some-id").header("Authorization", bearer(TestJwt.user().signed()))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("path=/api/v1/invitations/some-id"));
    }

    @Test
    void anApiKeyBecomesABearerTokenAndNeverReachesTheService() {
        TestBackend.API_KEYS.put("good-key", new TestBackend.KeyOwner(UUID.randomUUID().toString(), UUID.randomUUID()));
        web.post().uri("/api/v1/messages").header("X-API-Key", "good-key").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> {
                    assertThat(body).contains("authorization: Bearer ey");
                    assertThat(body).doesNotContain("x-api-key");
                });
        web.post().uri("/api/v1/messages").header("X-API-Key", "unknown-key").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://tendlc.io/problems/invalid-api-key");
    }

    @Test
    void requestsArrivingWhileAKeyIsExchangedShareOneExchange() {
        String key = "slow-" + UUID.randomUUID();
        TestBackend.API_KEYS.put(key, new TestBackend.KeyOwner(UUID.randomUUID().toString(), UUID.randomUUID()));
        int before = TestBackend.EXCHANGES.get();
        WebClient client = WebClient.create("http://localhost:" + port);
        List<HttpStatusCode> statuses = Flux.range(0, 3)
                .flatMap(i -> client.post().uri("/api/v1/messages").header("X-API-Key", key)
                        .header("X-Forwarded-For", this.client)
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode())))
                .collectList().block(Duration.ofSeconds(30));
        assertThat(statuses).containsOnly(HttpStatus.OK).hasSize(3);
        assertThat(TestBackend.EXCHANGES.get() - before).as("exchanges with auth-service").isEqualTo(1);
    }

    @Test
    void redisAnswersAreProcessedOffTheConnectionsOneIoThread() {
        // everything downstream of a Redis answer (the rest of the request) would otherwise share that thread
        String thread = redis.opsForValue().set("gateway-test:" + UUID.randomUUID(), "1", Duration.ofSeconds(5))
                .map(ok -> Thread.currentThread().getName()).block(Duration.ofSeconds(5));
        assertThat(thread).doesNotContainIgnoringCase("EventLoop").startsWith("lettuce-eventExecutorLoop");
    }

    @Test
    void thePublicAccountCallsNeedNoTokenAndIgnoreAStaleOne() {
        String expired = TestJwt.user().issuedAt(Instant.now().minusSeconds(1000))
                .expiresAt(Instant.now().minusSeconds(100)).signed();
        for (String path : List.of("/api/v1/auth/signup", "/api/v1/auth/login", "/api/v1/auth/login/mfa",
                "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/verify-email",
                "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm", "/api/v1/invitations/lookup",
                "/api/v1/invitations/accept")) {
            web.post().uri(path).header("X-Forwarded-For", newClientAddress())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).value(body -> assertThat(body).contains("path=" + path));
            // the service, not the gateway, judges a bearer token sent along (logout revokes it)
            web.post().uri(path).header("X-Forwarded-For", newClientAddress()).header("Authorization", bearer(expired))
                    .exchange().expectStatus().isOk()
                    .expectBody(String.class).value(body -> assertThat(body).contains("authorization: Bearer " + expired));
        }
    }

    @Test
    void onlyPostMakesAnAccountCallPublic() {
        web.get().uri("/api/v1/auth/login").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/v1/invitations/lookup").exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/v1/auth/verify-email/resend").exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/v1/auth/switch-organization").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void everyServicesOpenApiDocumentIsPublishedWithoutAToken() {
        for (String service : List.of("auth", "users", "brands", "campaigns", "sms", "contacts", "compliance",
                "analytics", "notifications", "billing")) {
            web.get().uri("/api-docs/" + service).exchange().expectStatus().isOk()
                    .expectBody(String.class).value(body -> assertThat(body).contains("path=/v3/api-docs\n"));
        }
    }

    @Test
    void webhooksPassThroughUntouched() {
        String form = "MessageSid=SM123&MessageStatus=delivered";
        web.post().uri("/webhooks/twilio/status?x=1").header("X-Twilio-Signature", "c2lnbmF0dXJl")
                .header("Authorization", "Bearer not-a-token") // never judged on a webhook
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(form).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> {
                    assertThat(body).contains("path=/webhooks/twilio/status");
                    assertThat(body).contains("body=" + form);
                    assertThat(body).contains("x-twilio-signature: c2lnbmF0dXJl");
                });
    }

    @Test
    void keysAndHealthAreOpenAndInternalRoutesAreNeverRouted() {
        web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.keys[0].kid").isEqualTo(TestJwt.KID);
        web.get().uri("/actuator/health").exchange().expectStatus().isOk();
        web.post().uri("/internal/api-keys/exchange").exchange().expectStatus().isNotFound();
    }

    @Test
    void theDashboardIsServedAndItsRoutesFallBackToIndexHtml() {
        String index = web.get().uri("/").exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(index).contains("<app-root");
        web.get().uri("/dashboard").exchange().expectStatus().isOk()
                .expectBody(String.class).isEqualTo(index);
    }
}

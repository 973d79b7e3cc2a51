package io.tendlc.gateway;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway against a stand-in backend (a plain HTTP server that echoes what reached it), so routing and the
 * front door's rules are checked at the HTTP level. The whole platform behind the real gateway is in e2e-tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=")
@AutoConfigureWebTestClient
@Import(GatewayTest.Keys.class)
class GatewayTest {

    static final KeyPair KEYS = rsa();
    static final HttpServer BACKEND = backend();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        String url = "http://localhost:" + BACKEND.getAddress().getPort();
        for (String service : List.of("AUTH", "USER", "BRAND", "CAMPAIGN", "SMS", "CONTACT", "COMPLIANCE", "ANALYTICS",
                "NOTIFICATION", "BILLING")) {
            registry.add(service + "_SERVICE_URL", () -> url);
        }
    }

    @AfterAll
    static void stop() {
        BACKEND.stop(0);
    }

    @Autowired
    WebTestClient web;

    @Test
    void apiRoutesNeedATokenAndAnswerProblemsWithoutOne() {
        web.get().uri("/api/v1/messages/1").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://tendlc.io/problems/unauthorized");
        web.get().uri("/api/v1/messages/1").header("Authorization", "Bearer " + token(Instant.now().minusSeconds(5)))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aValidTokenIsRoutedToItsServiceWithARequestId() {
        String token = token(Instant.now().plusSeconds(300));
        web.get().uri("/api/v1/messages/1").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody(String.class).value(body -> {
                    assertThat(body).contains("path=/api/v1/messages/1");
                    assertThat(body).contains("authorization=Bearer " + token);
                    assertThat(body).containsPattern("request-id=\\S{8,}");
                });
    }

    @Test
    void anApiKeyBecomesABearerTokenAndNeverReachesTheService() {
        web.post().uri("/api/v1/messages").header("X-API-Key", "good-key").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> {
                    assertThat(body).contains("authorization=Bearer ey");
                    assertThat(body).contains("x-api-key=null");
                });
        web.post().uri("/api/v1/messages").header("X-API-Key", "revoked-key").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://tendlc.io/problems/invalid-api-key");
    }

    @Test
    void loginAndWebhooksArePublicSoTheirServicesCanJudgeThem() {
        web.post().uri("/api/v1/auth/login").exchange().expectStatus().isOk();
        web.post().uri("/webhooks/twilio/status").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("path=/webhooks/twilio/status"));
        web.post().uri("/internal/api-keys/exchange").exchange().expectStatus().isNotFound(); // never routed
    }

    @Test
    void theDashboardIsServedAndItsRoutesFallBackToIndexHtml() {
        String index = web.get().uri("/").exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(index).contains("<app-root");
        web.get().uri("/dashboard").exchange().expectStatus().isOk()
                .expectBody(String.class).isEqualTo(index);
    }

    static String token(Instant expiresAt) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                    new JWTClaimsSet.Builder().subject("apikey:" + UUID.randomUUID()).claim("org", UUID.randomUUID().toString())
                            .issueTime(new Date()).expirationTime(Date.from(expiresAt)).build());
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Echoes what arrived; plays auth-service's key exchange for "good-key" only. */
    static HttpServer backend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                byte[] body;
                int status = 200;
                if (path.equals("/internal/api-keys/exchange")) {
                    String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    if (request.contains("good-key")) {
                        body = ("{\"accessToken\":\"" + token(Instant.now().plusSeconds(120)) + "\",\"expiresIn\":120}")
                                .getBytes(StandardCharsets.UTF_8);
                    } else {
                        status = 401;
                        body = "{\"status\":401}".getBytes(StandardCharsets.UTF_8);
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                } else {
                    var h = exchange.getRequestHeaders();
                    body = ("path=" + path + "\nauthorization=" + h.getFirst("Authorization") + "\nx-api-key="
                            + h.getFirst("X-API-Key") + "\nrequest-id=" + h.getFirst("X-Request-Id"))
                            .getBytes(StandardCharsets.UTF_8);
                }
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Keys {
        @Bean
        ReactiveJwtDecoder testJwtDecoder() {
            return NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }
}

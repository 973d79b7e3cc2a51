package io.tendlc.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS for the dashboard's origin only, security headers everywhere, and no trust in what a client claims. */
class BrowserHardeningTest extends GatewayIntegrationTest {

    static final String DASHBOARD = "https://dashboard.example";

    @Test
    void aPreflightFromTheDashboardIsAnsweredBeforeAuthentication() {
        web.options().uri("/api/v1/messages").header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", DASHBOARD)
                .expectHeader().value("Access-Control-Allow-Methods", methods -> assertThat(methods).contains("POST"))
                .expectHeader().value("Access-Control-Allow-Headers",
                        headers -> assertThat(headers.toLowerCase()).contains("authorization"))
                .expectHeader().doesNotExist("Access-Control-Allow-Credentials");
        web.get().uri("/api/v1/messages/1").header("Origin", DASHBOARD)
                .header("Authorization", bearer(TestJwt.user().signed())).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", DASHBOARD)
                .expectHeader().value("Access-Control-Expose-Headers",
                        exposed -> assertThat(exposed).contains("Retry-After"));
    }

    @Test
    void theGatewaysOwnPublicOriginIsAllowedBehindATlsTerminatingProxy() {
        // the browser is on https://sms.example, the gateway sees plain http from the proxy: a "cross-origin" call
        web.post().uri("/api/v1/auth/login").header("Origin", "https://sms.example").bodyValue("{}").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://sms.example");
    }

    @Test
    void otherOriginsAreRefusedAndGetNoCorsHeaders() {
        web.options().uri("/api/v1/messages").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin")
                .expectBody().jsonPath("$.type").isEqualTo("https://tendlc.io/problems/cors-rejected");
        web.get().uri("/api/v1/messages/1").header("Origin", "https://evil.example")
                .header("Authorization", bearer(TestJwt.user().signed())).exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        assertHardened(web.get().uri("/").exchange().expectStatus().isOk())
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache");
        assertHardened(web.get().uri("/api/v1/messages/1").exchange().expectStatus().isUnauthorized())
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
        assertHardened(web.get().uri("/api/v1/messages/1").header("Authorization", bearer(TestJwt.user().signed()))
                .exchange().expectStatus().isOk())
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
        assertHardened(web.post().uri("/api/v1/messages").header("X-API-Key", "no-such-key").exchange()
                .expectStatus().isUnauthorized());
    }

    @Test
    void strictTransportSecurityOnlyWhenTheProxyTerminatedTls() {
        web.get().uri("/").header("X-Forwarded-Proto", "https").exchange()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        web.get().uri("/").exchange().expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void internalHeadersAClientSendsNeverReachAService() {
        String token = TestJwt.user().signed();
        web.get().uri("/api/v1/messages/1").header("Authorization", bearer(token))
                .header("X-Internal-Caller", "billing-service").header("X-User-Id", UUID.randomUUID().toString())
                .header("X-User-Roles", "OWNER").header("X-Organization-Id", UUID.randomUUID().toString())
                .header("x-internal-token", "lower-case-too")
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> {
                    assertThat(body).doesNotContain("x-internal-", "x-user-", "x-organization-", "billing-service");
                    assertThat(body).contains("authorization: Bearer " + token);
                });
    }

    @Test
    void aSaneRequestIdIsKeptAndAMalformedOneReplaced() {
        String token = bearer(TestJwt.user().signed());
        web.get().uri("/api/v1/messages/1").header("Authorization", token).header("X-Request-Id", "trace-1234abcd")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "trace-1234abcd")
                .expectBody(String.class).value(body -> assertThat(body).contains("x-request-id: trace-1234abcd"));
        String replaced = web.get().uri("/api/v1/messages/1").header("Authorization", token)
                .header("X-Request-Id", "<script>").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(replaced).isNotEqualTo("<script>").matches("[A-Za-z0-9._-]{8,64}");
    }

    private static WebTestClient.ResponseSpec assertHardened(WebTestClient.ResponseSpec response) {
        return response
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
                                "frame-ancestors 'none'"))
                .expectHeader().value("Permissions-Policy", policy -> assertThat(policy).contains("camera=()"));
    }
}

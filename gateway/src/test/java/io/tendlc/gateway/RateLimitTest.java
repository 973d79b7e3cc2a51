package io.tendlc.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token buckets in Redis (lowered in {@link GatewayIntegrationTest}: per address 2/s burst 20, account forms 1 a
 * minute burst 3, per API key 1/s burst 3, per organization 1/s burst 6).
 */
class RateLimitTest extends GatewayIntegrationTest {

    @Test
    void aBurstFromOneAddressIsRefusedEvenBeforeAuthentication() {
        List<EntityExchangeResult<byte[]>> replies = burst(60, () -> web.get().uri("/api/v1/messages/1").exchange()
                .expectBody().returnResult());

        assertThat(replies.getFirst().getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        EntityExchangeResult<byte[]> refused = firstRefused(replies);
        assertRateLimited(refused);
        assertThat(refused.getResponseHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        // another client is not affected
        web.get().uri("/api/v1/messages/1").header("X-Forwarded-For", newClientAddress()).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void requestsBelowTheLimitPassAndSeeWhatTheTightestBucketHasLeft() {
        String token = TestJwt.user().signed();
        for (int i = 0; i < 4; i++) {
            String remaining = web.get().uri("/api/v1/messages/1").header("Authorization", bearer(token)).exchange()
                    .expectStatus().isOk()
                    .returnResult(String.class).getResponseHeaders().getFirst("X-RateLimit-Remaining");
            // the organization's bucket (6) is tighter than the address's (20): after a request at most 5 are left
            assertThat(remaining).isNotNull();
            assertThat(Long.parseLong(remaining)).isBetween(0L, 5L);
        }
    }

    @Test
    void loginIsLimitedMoreStrictlyThanOtherRoutes() {
        List<EntityExchangeResult<byte[]>> logins = burst(5, () -> web.post().uri("/api/v1/auth/login")
                .bodyValue("{}").exchange().expectBody().returnResult());

        assertThat(logins.subList(0, 3)).allSatisfy(reply -> assertThat(reply.getStatus()).isEqualTo(HttpStatus.OK));
        assertRateLimited(logins.get(3));
        assertThat(Long.parseLong(logins.get(3).getResponseHeaders().getFirst("Retry-After"))).isGreaterThan(10);
        // the same address may still use the rest of the API
        web.get().uri("/api/v1/messages/1").header("Authorization", bearer(TestJwt.user().signed())).exchange()
                .expectStatus().isOk();
    }

    @Test
    void eachApiKeyHasItsOwnBudget() {
        UUID organization = UUID.randomUUID();
        TestBackend.API_KEYS.put("busy-key", new TestBackend.KeyOwner(UUID.randomUUID().toString(), organization));
        TestBackend.API_KEYS.put("quiet-key", new TestBackend.KeyOwner(UUID.randomUUID().toString(), UUID.randomUUID()));

        List<EntityExchangeResult<byte[]>> replies = burst(10, () -> web.post().uri("/api/v1/messages")
                .header("X-API-Key", "busy-key").exchange().expectBody().returnResult());

        assertThat(replies.getFirst().getStatus()).isEqualTo(HttpStatus.OK);
        assertRateLimited(firstRefused(replies));
        web.post().uri("/api/v1/messages").header("X-API-Key", "quiet-key").exchange().expectStatus().isOk();
    }

    @Test
    void eachOrganizationHasItsOwnBudget() {
        UUID organization = UUID.randomUUID();
        List<EntityExchangeResult<byte[]>> replies = burst(14, () -> web.get().uri("/api/v1/messages/1")
                .header("X-Forwarded-For", newClientAddress()) // many members, many addresses: still one budget
                .header("Authorization", bearer(TestJwt.user().organization(organization).signed()))
                .exchange().expectBody().returnResult());

        assertThat(replies.getFirst().getStatus()).isEqualTo(HttpStatus.OK);
        assertRateLimited(firstRefused(replies));
        web.get().uri("/api/v1/messages/1").header("Authorization", bearer(TestJwt.user().signed())).exchange()
                .expectStatus().isOk();
    }

    private static List<EntityExchangeResult<byte[]>> burst(int requests, Supplier<EntityExchangeResult<byte[]>> call) {
        List<EntityExchangeResult<byte[]>> replies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            replies.add(call.get());
        }
        return replies;
    }

    private static EntityExchangeResult<byte[]> firstRefused(List<EntityExchangeResult<byte[]>> replies) {
        return replies.stream().filter(reply -> reply.getStatus() == HttpStatus.TOO_MANY_REQUESTS).findFirst()
                .orElseThrow(() -> new AssertionError("no request was refused: "
                        + replies.stream().map(EntityExchangeResult::getStatus).toList()));
    }

    private static void assertRateLimited(EntityExchangeResult<byte[]> reply) {
        assertThat(reply.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(reply.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(new String(reply.getResponseBody())).contains("https://tendlc.io/problems/rate-limited");
        assertThat(Long.parseLong(reply.getResponseHeaders().getFirst("Retry-After"))).isGreaterThanOrEqualTo(1);
        assertThat(reply.getResponseHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("0");
    }
}

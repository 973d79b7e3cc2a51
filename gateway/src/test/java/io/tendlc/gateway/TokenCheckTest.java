package io.tendlc.gateway;

import io.tendlc.events.identity.RevocationKeys;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Only genuine, current tokens get through: forged ones fail validation, revoked ones fail the Redis check. */
class TokenCheckTest extends GatewayIntegrationTest {

    @Test
    void forgedExpiredAndUnsignedTokensAreRefused() {
        TestJwt jwt = TestJwt.user();
        List<String> refused = List.of(
                TestJwt.user().issuedAt(Instant.now().minusSeconds(1000)).expiresAt(Instant.now().minusSeconds(120))
                        .signed(),
                jwt.tampered(),
                jwt.unsigned(),
                jwt.signedWithUnknownKid(),
                jwt.forgedWithKnownKid(),
                "not-a-jwt");
        for (String token : refused) {
            web.get().uri("/api/v1/messages/1").header("Authorization", bearer(token)).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.type").isEqualTo("https://tendlc.io/problems/unauthorized");
        }
        web.get().uri("/api/v1/messages/1").header("Authorization", bearer(jwt.signed())).exchange()
                .expectStatus().isOk(); // the same claims, properly signed
    }

    @Test
    void aTokenOnTheDenylistIsRefusedWhileTheSameUsersOtherTokensPass() {
        TestJwt loggedOut = TestJwt.user();
        TestJwt other = TestJwt.user().subject(loggedOut.subject()).organization(loggedOut.organization());
        web.get().uri("/api/v1/messages/1").header("Authorization", bearer(loggedOut.signed())).exchange()
                .expectStatus().isOk();

        redisSet(RevocationKeys.token(loggedOut.jti()), "1");

        web.get().uri("/api/v1/messages/1").header("Authorization", bearer(loggedOut.signed())).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://tendlc.io/problems/token-revoked");
        web.get().uri("/api/v1/messages/1").header("Authorization", bearer(other.signed())).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aSubjectRevokedAfterATokenWasIssuedLosesItButTokensIssuedLaterPass() {
        UUID organization = UUID.randomUUID();
        String member = UUID.randomUUID().toString();
        long revokedAt = Instant.now().getEpochSecond() - 30;
        String before = TestJwt.user().subject(member).organization(organization)
                .issuedAt(Instant.ofEpochSecond(revokedAt - 60)).signed();
        String atTheSameSecond = TestJwt.user().subject(member).organization(organization)
                .issuedAt(Instant.ofEpochSecond(revokedAt)).signed();
        String after = TestJwt.user().subject(member).organization(organization)
                .issuedAt(Instant.ofEpochSecond(revokedAt + 1)).signed();
        String inAnotherOrganization = TestJwt.user().subject(member)
                .issuedAt(Instant.ofEpochSecond(revokedAt - 60)).signed();

        redisSet(RevocationKeys.subject(organization, member), Long.toString(revokedAt));

        for (String refused : List.of(before, atTheSameSecond)) {
            web.get().uri("/api/v1/messages/1").header("Authorization", bearer(refused)).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.type").isEqualTo("https://tendlc.io/problems/token-revoked");
        }
        web.get().uri("/api/v1/messages/1").header("Authorization", bearer(after)).exchange().expectStatus().isOk();
        web.get().uri("/api/v1/messages/1").header("Authorization", bearer(inAnotherOrganization)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aRevokedApiKeyStopsAtOnceDespiteItsCachedToken() {
        String keyId = UUID.randomUUID().toString();
        UUID organization = UUID.randomUUID();
        TestBackend.API_KEYS.put("key-to-revoke", new TestBackend.KeyOwner(keyId, organization));
        web.post().uri("/api/v1/messages").header("X-API-Key", "key-to-revoke").exchange().expectStatus().isOk();
        int exchanges = TestBackend.EXCHANGES.get();

        // what auth-service does on DELETE /api/v1/api-keys/{id}
        TestBackend.API_KEYS.remove("key-to-revoke");
        redisSet(RevocationKeys.subject(organization, "apikey:" + keyId), Long.toString(Instant.now().getEpochSecond()));

        web.post().uri("/api/v1/messages").header("X-API-Key", "key-to-revoke").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://tendlc.io/problems/token-revoked");
        assertThat(TestBackend.EXCHANGES.get()).as("refused on the cached token").isEqualTo(exchanges);
        web.post().uri("/api/v1/messages").header("X-API-Key", "key-to-revoke").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://tendlc.io/problems/invalid-api-key");
        assertThat(TestBackend.EXCHANGES.get()).as("the refused token left the cache").isEqualTo(exchanges + 1);
    }
}

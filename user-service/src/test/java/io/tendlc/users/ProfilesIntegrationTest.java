package io.tendlc.users;

import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.UserUpdated;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A user's own profile: filled from auth-service's events, edited by its owner, announced as user.updated. */
@UserServiceTest
class ProfilesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final UUID org = UUID.randomUUID();
    final UUID user = UUID.randomUUID();
    final String email = "pat-" + user + "@profile.test";
    Api api;
    TestAccounts accounts;
    String token;

    @BeforeEach
    void account() {
        api = Api.at(port);
        accounts = new TestAccounts(kafka, api);
        accounts.signUp(org, user, email, "Pat Profile", "Profile Partners");
        token = TestTokens.user(user, org, "OWNER");
    }

    @Test
    void theProfileShowsTheUsersOrganizationsWithTheirNames() {
        Api.Reply me = api.get("/api/v1/users/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("userId")).isEqualTo(user.toString());
        assertThat(me.text("email")).isEqualTo(email);
        assertThat(me.text("name")).isEqualTo("Pat Profile");
        assertThat(me.json().path("emailVerified").asBoolean()).isFalse();
        assertThat(me.json().path("timeZone").isNull()).isTrue();
        assertThat(me.json().path("memberships")).hasSize(1);
        assertThat(me.json().path("memberships").get(0).path("organizationId").asString()).isEqualTo(org.toString());
        assertThat(me.json().path("memberships").get(0).path("organizationName").asString()).isEqualTo("Profile Partners");
        assertThat(me.json().path("memberships").get(0).path("role").asString()).isEqualTo("OWNER");
    }

    @Test
    void changingNameOrTimeZonePublishesUserUpdated() {
        Api.Reply patched = api.patch("/api/v1/users/me", token, "{\"name\": \"Patricia Profile\", \"timeZone\": \"Europe/Berlin\"}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.text("name")).isEqualTo("Patricia Profile");
        assertThat(patched.text("timeZone")).isEqualTo("Europe/Berlin");

        RecordedEvents.Recorded updated = RecordedEvents.await(EventTypes.USER_UPDATED, u -> u.userId().equals(user));
        assertThat(updated.key()).isEqualTo(user.toString());
        assertThat(updated.payload()).isEqualTo(new UserUpdated(user, email, "Patricia Profile", "Europe/Berlin", false));
        assertThat(api.get("/api/v1/organizations/current/members", token).json().get(0).path("name").asString())
                .as("members show the profile's name").isEqualTo("Patricia Profile");

        assertThat(api.patch("/api/v1/users/me", token, "{\"name\": \"Patricia Profile\"}").status()).isEqualTo(200);
        assertThat(RecordedEvents.countAfterQuietPeriod(EventTypes.USER_UPDATED, u -> u.userId().equals(user)))
                .as("an unchanged profile is not announced").isEqualTo(1);
    }

    @Test
    void aVerifiedEmailUpdatesTheProfileOnce() {
        accounts.verifyEmail(user, email);
        accounts.verifyEmail(user, email);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/users/me", token).json().path("emailVerified").asBoolean()).isTrue());
        assertThat(RecordedEvents.await(EventTypes.USER_UPDATED, u -> u.userId().equals(user)).payload())
                .isEqualTo(new UserUpdated(user, email, "Pat Profile", null, true));
        assertThat(RecordedEvents.countAfterQuietPeriod(EventTypes.USER_UPDATED, u -> u.userId().equals(user)))
                .isEqualTo(1);
    }

    @Test
    void invalidChangesAreProblemsAndApiKeysHaveNoProfile() {
        Api.Reply zone = api.patch("/api/v1/users/me", token, "{\"timeZone\": \"Moon/Tranquility\"}");
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.text("detail")).contains("timeZone");
        assertThat(api.patch("/api/v1/users/me", token, "{\"name\": \"\"}").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/users/me", token).text("name")).isEqualTo("Pat Profile");

        Api.Reply apiKey = api.get("/api/v1/users/me", TestTokens.apiKey(org, "messages:read"));
        assertThat(apiKey.status()).isEqualTo(403);
        assertThat(apiKey.text("type")).isEqualTo("https://tendlc.io/problems/user-required");
        assertThat(api.get("/api/v1/users/me", TestTokens.user(org, "OWNER")).status()).as("no profile yet").isEqualTo(404);
    }
}

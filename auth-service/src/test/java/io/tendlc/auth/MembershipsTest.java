package io.tendlc.auth;

import io.tendlc.auth.accounts.Memberships;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.events.identity.RevocationKeys;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.platform.test.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.tendlc.auth.AuthClient.PASSWORD;
import static io.tendlc.auth.AuthClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AuthServiceTest
class MembershipsTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    Memberships memberships;
    @Autowired
    StringRedisTemplate redis;

    Api api;
    AuthClient auth;

    @BeforeEach
    void client() {
        api = Api.at(port);
        auth = new AuthClient(api);
    }

    @Test
    void membershipEventsChangeTheRoleInTheNextTokenAndARemovalEndsTheSession() throws Exception {
        UUID org = UUID.randomUUID();
        AuthClient.Session member = auth.member(org, "AGENT");

        publish(EventTypes.MEMBERSHIP_UPDATED, new MembershipChanged(org, member.userId(), member.email(), "MANAGER"));
        await().atMost(Duration.ofSeconds(30)).until(() -> memberships.role(member.userId(), org).orElseThrow().equals("MANAGER"));
        String revoked = redis.opsForValue().get(RevocationKeys.subject(org, member.userId().toString()));
        assertThat(Long.parseLong(revoked)).isGreaterThanOrEqualTo(member.claims().getIssueTime().getTime() / 1000);

        Api.Reply refreshed = auth.refresh(member.refreshToken());
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(AuthClient.claims(refreshed.text("accessToken")).getStringListClaim("roles")).containsExactly("MANAGER");
        // the gateway refuses tokens issued at or before the revocation's second: the new one must be issued after it,
        // even when it is minted within that same second
        assertThat(AuthClient.claims(refreshed.text("accessToken")).getIssueTime().getTime() / 1000)
                .isGreaterThan(Long.parseLong(revoked));

        // redelivery changes nothing
        EventEnvelope<MembershipChanged> removal = EventEnvelope.of(EventTypes.MEMBERSHIP_REMOVED, org, org.toString(),
                new MembershipChanged(org, member.userId(), member.email(), "MANAGER"));
        kafka.send(Topics.MEMBERSHIPS, org.toString(), EventSerde.write(removal)).get();
        kafka.send(Topics.MEMBERSHIPS, org.toString(), EventSerde.write(removal)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> memberships.role(member.userId(), org).isEmpty());

        Api.Reply gone = auth.refresh(refreshed.text("refreshToken"));
        assertThat(gone.status()).isEqualTo(401);
        assertThat(gone.text("type")).endsWith("/invalid-refresh-token");
        assertThat(auth.login(member.email(), PASSWORD).text("type")).endsWith("/no-organization");
    }

    @Test
    void anOldEventDoesNotUndoANewerMembership() {
        UUID org = UUID.randomUUID();
        AuthClient.Session member = auth.member(org, "VIEWER");
        AuthClient.Session other = auth.member(UUID.randomUUID(), "OWNER");
        EventEnvelope<MembershipChanged> stale = new EventEnvelope<>(UUID.randomUUID(), EventTypes.MEMBERSHIP_REMOVED.name(),
                Instant.now().minus(Duration.ofHours(1)), org, org.toString(), 1,
                new MembershipChanged(org, member.userId(), member.email(), "VIEWER"));
        kafka.send(Topics.MEMBERSHIPS, org.toString(), EventSerde.write(stale));
        // a later event of the same organization (same partition) shows when the stale one has been processed
        publish(EventTypes.MEMBERSHIP_CREATED, new MembershipChanged(org, other.userId(), other.email(), "ADMIN"));
        await().atMost(Duration.ofSeconds(30)).until(() -> memberships.role(other.userId(), org).isPresent());

        assertThat(memberships.role(member.userId(), org)).contains("VIEWER");
    }

    @Test
    void switchingOrganizationGivesTokensForAnotherMembershipOnly() throws Exception {
        AuthClient.Session owner = auth.signup();
        UUID second = UUID.randomUUID();
        Api.Reply linked = api.post("/internal/accounts", null, json("email", owner.email(), "name", "ignored",
                "organizationId", second.toString(), "role", "VIEWER"));
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.text("userId")).isEqualTo(owner.userId().toString());
        assertThat(linked.json().path("created").asBoolean()).isFalse();

        Api.Reply switched = api.post("/api/v1/auth/switch-organization", owner.accessToken(),
                json("organizationId", second.toString()));
        assertThat(switched.status()).isEqualTo(200);
        var claims = AuthClient.claims(switched.text("accessToken"));
        assertThat(claims.getClaim("org")).isEqualTo(second.toString());
        assertThat(claims.getStringListClaim("roles")).containsExactly("VIEWER");
        // the refresh token stays in the organization it was issued for
        assertThat(AuthClient.claims(auth.refresh(switched.text("refreshToken")).text("accessToken")).getClaim("org"))
                .isEqualTo(second.toString());
        assertThat(AuthClient.claims(auth.refresh(owner.refreshToken()).text("accessToken")).getClaim("org"))
                .isEqualTo(owner.organizationId().toString());
        // and the next login opens the organization used last
        assertThat(auth.login(owner.email()).organizationId()).isEqualTo(second);

        Api.Reply me = api.get("/api/v1/auth/me", switched.text("accessToken"));
        assertThat(me.text("role")).isEqualTo("VIEWER");
        assertThat(me.json().path("organizations")).hasSize(2);

        Api.Reply stranger = api.post("/api/v1/auth/switch-organization", owner.accessToken(),
                json("organizationId", UUID.randomUUID().toString()));
        assertThat(stranger.status()).isEqualTo(404);
    }

    @Test
    void internalAccountsCreateVerifiedInvitedAccounts() {
        UUID org = UUID.randomUUID();
        String email = "invited-" + UUID.randomUUID() + "@example.com";

        Api.Reply noPassword = api.post("/internal/accounts", null, json("email", email, "name", "Ivy",
                "organizationId", org.toString(), "role", "AGENT"));
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.text("type")).endsWith("/password-required");
        assertThat(api.post("/internal/accounts", null, json("email", email, "name", "Ivy", "password", PASSWORD,
                "organizationId", org.toString(), "role", "KING")).text("type")).endsWith("/unknown-role");

        Api.Reply created = api.post("/internal/accounts", null, json("email", email, "name", "Ivy", "password", PASSWORD,
                "organizationId", org.toString(), "role", "AGENT"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("created").asBoolean()).isTrue();
        UUID userId = UUID.fromString(created.text("userId"));

        UserCreated event = UserEvents.await(EventTypes.USER_CREATED, e -> e.userId().equals(userId));
        assertThat(event.organizationId()).isEqualTo(org);
        assertThat(event.organizationName()).isNull();
        assertThat(event.role()).isEqualTo("AGENT");

        var claims = auth.login(email).claims();
        assertThat(claims.getClaim("email_verified")).isEqualTo(true);
        assertThat(claims.getClaim("roles")).asList().containsExactly("AGENT");
    }

    private <T> void publish(EventType<T> type, T payload) {
        MembershipChanged change = (MembershipChanged) payload;
        try {
            kafka.send(Topics.MEMBERSHIPS, change.organizationId().toString(),
                    EventSerde.write(EventEnvelope.of(type, change.organizationId(), change.organizationId().toString(),
                            payload))).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

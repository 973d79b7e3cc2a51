package io.tendlc.users;

import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.InvitationCreated;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.events.identity.UserUpdated;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Invitations by email, from the manager's invite to the invitee's accept, through auth-service's stub. */
@UserServiceTest
class InvitationsIntegrationTest {

    static final String INVITATIONS = "/api/v1/organizations/current/invitations";

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcClient jdbc;

    final UUID org = UUID.randomUUID();
    final UUID owner = UUID.randomUUID();
    final UUID admin = UUID.randomUUID();
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    Api api;
    String ownerToken;
    String adminToken;

    @BeforeEach
    void organization() {
        api = Api.at(port);
        TestAccounts accounts = new TestAccounts(kafka, api);
        accounts.signUp(org, owner, "owner-" + suffix + "@invite.test", "Ines Inviter", "Invite GmbH");
        accounts.join(org, admin, "admin-" + suffix + "@invite.test", "Abe Admin", "ADMIN");
        ownerToken = TestTokens.user(owner, org, "OWNER");
        adminToken = TestTokens.user(admin, org, "ADMIN");
    }

    @Test
    void anInvitationIsMailedWithASingleUseLinkThatCreatesTheAccountAndTheMembership() {
        String email = "new-" + suffix + "@invite.test";
        Api.Reply invited = api.post(INVITATIONS, ownerToken, "{\"email\": \" New-" + suffix + "@Invite.test \", \"role\": \"MANAGER\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.text("email")).isEqualTo(email);
        assertThat(invited.text("status")).isEqualTo("PENDING");
        assertThat(invited.body()).doesNotContain("token");
        assertThat(Duration.between(Instant.now(), Instant.parse(invited.text("expiresAt"))))
                .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));

        RecordedEvents.Recorded mail = RecordedEvents.await(EventTypes.INVITATION_CREATED, i -> i.email().equals(email));
        InvitationCreated event = (InvitationCreated) mail.payload();
        assertThat(mail.key()).isEqualTo(org.toString());
        assertThat(event.invitationId()).hasToString(invited.text("id"));
        assertThat(event.organizationName()).isEqualTo("Invite GmbH");
        assertThat(event.role()).isEqualTo("MANAGER");
        assertThat(event.invitedByName()).isEqualTo("Ines Inviter");
        assertThat(event.acceptLink()).startsWith("http://localhost:8080/accept-invitation?token=");
        String token = tokenOf(event);
        assertThat(api.get(INVITATIONS, ownerToken).body()).contains(email);

        Api.Reply preview = api.post("/api/v1/invitations/lookup", null, tokenJson(token));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text("organizationName")).isEqualTo("Invite GmbH");
        assertThat(preview.text("email")).isEqualTo(email);
        assertThat(preview.text("role")).isEqualTo("MANAGER");
        assertThat(preview.json().path("accountExists").asBoolean()).isFalse();

        Api.Reply noPassword = api.post("/api/v1/invitations/accept", null, tokenJson(token));
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.text("type")).isEqualTo("https://tendlc.io/problems/password-required");

        Api.Reply accepted = api.post("/api/v1/invitations/accept", null,
                "{\"token\": \"" + token + "\", \"name\": \"Nina New\", \"password\": \"correct horse battery\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.text("organizationId")).isEqualTo(org.toString());
        assertThat(accepted.text("role")).isEqualTo("MANAGER");
        UUID userId = UUID.fromString(accepted.text("userId"));
        JsonNode sent = AuthServiceStub.shared().lastRequestFor(email);
        assertThat(sent.path("organizationId").asString()).isEqualTo(org.toString());
        assertThat(sent.path("role").asString()).isEqualTo("MANAGER");
        assertThat(sent.path("name").asString()).isEqualTo("Nina New");

        assertThat(RecordedEvents.await(EventTypes.MEMBERSHIP_CREATED, m -> m.userId().equals(userId)).payload())
                .isEqualTo(new MembershipChanged(org, userId, email, "MANAGER"));
        assertThat(RecordedEvents.await(EventTypes.USER_UPDATED, u -> u.userId().equals(userId)).payload())
                .isEqualTo(new UserUpdated(userId, email, "Nina New", null, true));
        Api.Reply me = api.get("/api/v1/users/me", TestTokens.user(userId, org, "MANAGER"));
        assertThat(me.json().path("emailVerified").asBoolean()).isTrue();
        assertThat(me.json().path("memberships").get(0).path("organizationName").asString()).isEqualTo("Invite GmbH");
        assertThat(api.get(INVITATIONS, ownerToken).body()).doesNotContain(email);

        Api.Reply again = api.post("/api/v1/invitations/accept", null,
                "{\"token\": \"" + token + "\", \"password\": \"correct horse battery\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("type")).isEqualTo("https://tendlc.io/problems/invalid-token");
        assertThat(api.post("/api/v1/invitations/lookup", null, tokenJson(token)).status()).isEqualTo(400);

        // auth-service then announces the account it created: nothing is created twice
        new TestAccounts(kafka, api).join(org, userId, email, "Nina New", "MANAGER");
        assertThat(RecordedEvents.countAfterQuietPeriod(EventTypes.MEMBERSHIP_CREATED, m -> m.userId().equals(userId)))
                .isEqualTo(1);
        assertThat(api.post(INVITATIONS, ownerToken, "{\"email\": \"" + email + "\", \"role\": \"AGENT\"}").status())
                .as("inviting a member").isEqualTo(409);
    }

    @Test
    void someoneWithAnAccountJoinsWithoutAPassword() {
        String email = "known-" + suffix + "@invite.test";
        UUID existing = AuthServiceStub.shared().existingAccount(email, UUID.randomUUID());
        new TestAccounts(kafka, api).signUp(UUID.randomUUID(), existing, email, "Kim Known", "Elsewhere Inc");
        String token = invite(adminToken, email, "AGENT");

        assertThat(api.post("/api/v1/invitations/lookup", null, tokenJson(token)).json().path("accountExists").asBoolean())
                .isTrue();
        Api.Reply accepted = api.post("/api/v1/invitations/accept", null, tokenJson(token));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.text("userId")).isEqualTo(existing.toString());
        Api.Reply me = api.get("/api/v1/users/me", TestTokens.user(existing, org, "AGENT"));
        assertThat(me.json().path("memberships")).hasSize(2);
        assertThat(me.json().path("memberships").get(1).path("role").asString()).isEqualTo("AGENT");
    }

    @Test
    void invitingNeedsMembersManageAVerifiedEmailAndARoleNoHigherThanOnesOwn() {
        Api.Reply unverified = api.post(INVITATIONS, TestTokens.unverifiedUser(org, "OWNER"),
                "{\"email\": \"x-" + suffix + "@invite.test\", \"role\": \"AGENT\"}");
        assertThat(unverified.status()).isEqualTo(403);
        assertThat(unverified.text("type")).isEqualTo("https://tendlc.io/problems/email-not-verified");

        Api.Reply ownerByAdmin = api.post(INVITATIONS, adminToken, "{\"email\": \"x-" + suffix + "@invite.test\", \"role\": \"OWNER\"}");
        assertThat(ownerByAdmin.status()).isEqualTo(403);
        assertThat(ownerByAdmin.text("type")).isEqualTo("https://tendlc.io/problems/owner-required");
        assertThat(api.post(INVITATIONS, TestTokens.user(org, "MANAGER"),
                "{\"email\": \"x-" + suffix + "@invite.test\", \"role\": \"VIEWER\"}").status()).isEqualTo(403);
        assertThat(api.get(INVITATIONS, TestTokens.user(org, "VIEWER")).status()).isEqualTo(403);

        assertThat(api.post(INVITATIONS, adminToken, "{\"email\": \"not-an-email\", \"role\": \"AGENT\"}").status())
                .isEqualTo(400);
        assertThat(api.post(INVITATIONS, adminToken, "{\"email\": \"y-" + suffix + "@invite.test\", \"role\": \"GOD\"}")
                .text("type")).isEqualTo("https://tendlc.io/problems/unknown-role");
        Api.Reply member = api.post(INVITATIONS, adminToken, "{\"email\": \"OWNER-" + suffix + "@invite.test\", \"role\": \"AGENT\"}");
        assertThat(member.status()).isEqualTo(409);
        assertThat(member.text("type")).isEqualTo("https://tendlc.io/problems/already-member");
        assertThat(api.post(INVITATIONS, ownerToken, "{\"email\": \"co-owner-" + suffix + "@invite.test\", \"role\": \"OWNER\"}")
                .status()).isEqualTo(201);
    }

    @Test
    void aNewInvitationReplacesThePendingOneAndARevokedOrExpiredLinkIsInvalid() {
        String email = "twice-" + suffix + "@invite.test";
        String first = invite(ownerToken, email, "AGENT");
        String second = invite(ownerToken, email, "VIEWER");
        assertThat(api.post("/api/v1/invitations/lookup", null, tokenJson(first)).text("type"))
                .isEqualTo("https://tendlc.io/problems/invalid-token");
        assertThat(api.post("/api/v1/invitations/lookup", null, tokenJson(second)).text("role")).isEqualTo("VIEWER");
        JsonNode pending = api.get(INVITATIONS, ownerToken).json();
        assertThat(pending.valueStream().filter(i -> i.path("email").asString().equals(email)).count()).isEqualTo(1);

        String id = pending.valueStream().filter(i -> i.path("email").asString().equals(email)).findFirst().orElseThrow()
                .path("id").asString();
        assertThat(api.delete(INVITATIONS + "/" + id, TestTokens.user(org, "AGENT")).status()).isEqualTo(403);
        assertThat(api.delete(INVITATIONS + "/" + id, adminToken).status()).isEqualTo(204);
        assertThat(api.delete(INVITATIONS + "/" + id, adminToken).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/invitations/accept", null,
                "{\"token\": \"" + second + "\", \"password\": \"correct horse battery\"}").text("type"))
                .isEqualTo("https://tendlc.io/problems/invalid-token");

        String expiring = invite(ownerToken, "late-" + suffix + "@invite.test", "AGENT");
        jdbc.sql("update invitation set expires_at = now() - interval '1 second' where email = ?")
                .param("late-" + suffix + "@invite.test").update();
        Api.Reply expired = api.post("/api/v1/invitations/accept", null,
                "{\"token\": \"" + expiring + "\", \"password\": \"correct horse battery\"}");
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.text("type")).isEqualTo("https://tendlc.io/problems/invalid-token");
        assertThat(api.get(INVITATIONS, ownerToken).body()).doesNotContain("late-" + suffix);
        assertThat(AuthServiceStub.shared().requests().stream()
                .noneMatch(r -> r.path("email").asString().startsWith("late-" + suffix)))
                .as("an expired link never reaches auth-service").isTrue();
    }

    @Test
    void whenAuthServiceIsDownTheInvitationStaysPendingAndCanBeAcceptedLater() {
        String email = "retry-" + suffix + "@invite.test";
        String token = invite(ownerToken, email, "AGENT");
        String body = "{\"token\": \"" + token + "\", \"password\": \"correct horse battery\"}";
        AuthServiceStub.shared().failNext(3);
        Api.Reply down = api.post("/api/v1/invitations/accept", null, body);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.text("type")).isEqualTo("https://tendlc.io/problems/auth-unavailable");

        assertThat(api.post("/api/v1/invitations/accept", null, body).status()).isEqualTo(200);
    }

    @Test
    void badRequestsToThePublicRoutesAreProblems() {
        assertThat(api.post("/api/v1/invitations/lookup", null, "{}").text("type"))
                .isEqualTo("https://tendlc.io/problems/validation");
        assertThat(api.post("/api/v1/invitations/accept", null, "{\"token\": \"" + "x".repeat(300) + "\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/invitations/accept", null, "[").status()).isEqualTo(400);
    }

    private String invite(String token, String email, String role) {
        Api.Reply invited = api.post(INVITATIONS, token, "{\"email\": \"" + email + "\", \"role\": \"" + role + "\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String id = invited.text("id");
        return tokenOf((InvitationCreated) RecordedEvents.await(EventTypes.INVITATION_CREATED,
                i -> i.invitationId().toString().equals(id)).payload());
    }

    private static String tokenOf(InvitationCreated event) {
        return event.acceptLink().substring(event.acceptLink().indexOf("token=") + "token=".length());
    }

    private static String tokenJson(String token) {
        return "{\"token\": \"" + token + "\"}";
    }
}

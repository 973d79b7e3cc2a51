package io.tendlc.users;

import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may change whose role: the rules of the role ladder, and the organization always keeping an owner. */
@UserServiceTest
class MemberRolesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final UUID org = UUID.randomUUID();
    final UUID owner = UUID.randomUUID();
    final UUID admin = UUID.randomUUID();
    final UUID agent = UUID.randomUUID();
    final UUID viewer = UUID.randomUUID();
    Api api;

    @BeforeEach
    void organizationWithEveryKindOfMember() {
        api = Api.at(port);
        TestAccounts accounts = new TestAccounts(kafka, api);
        accounts.signUp(org, owner, "owner@roles.test", "Olive Owner", "Roles Ltd");
        accounts.join(org, admin, "admin@roles.test", "Adam Admin", "ADMIN");
        accounts.join(org, agent, "agent@roles.test", "Agnes Agent", "AGENT");
        accounts.join(org, viewer, "viewer@roles.test", "Vince Viewer", "VIEWER");
    }

    @Test
    void anAdminPromotesAnAgentButCannotMakeAnyoneOwner() {
        String adminToken = TestTokens.user(admin, org, "ADMIN");

        Api.Reply promoted = patchRole(adminToken, agent, "MANAGER");
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.text("role")).isEqualTo("MANAGER");
        assertThat(RecordedEvents.await(EventTypes.MEMBERSHIP_UPDATED, m -> m.userId().equals(agent)).payload())
                .isEqualTo(new MembershipChanged(org, agent, "agent@roles.test", "MANAGER"));

        Api.Reply owner = patchRole(adminToken, agent, "OWNER");
        assertThat(owner.status()).isEqualTo(403);
        assertThat(owner.text("type")).isEqualTo("https://tendlc.io/problems/owner-required");
        assertThat(patchRole(adminToken, this.owner, "ADMIN").status()).as("an admin demoting the owner").isEqualTo(403);
        assertThat(api.delete(member(this.owner), adminToken).status()).as("an admin removing the owner").isEqualTo(403);
        assertThat(roleOf(agent)).isEqualTo("MANAGER");
        assertThat(roleOf(this.owner)).isEqualTo("OWNER");
    }

    @Test
    void theLastOwnerCannotBeDemotedOrRemovedButOneOfTwoOwnersCan() {
        String ownerToken = TestTokens.user(owner, org, "OWNER");

        Api.Reply demoted = patchRole(ownerToken, owner, "ADMIN");
        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.text("type")).isEqualTo("https://tendlc.io/problems/last-owner");
        Api.Reply removed = api.delete(member(owner), ownerToken);
        assertThat(removed.status()).isEqualTo(409);
        assertThat(removed.text("type")).isEqualTo("https://tendlc.io/problems/last-owner");

        assertThat(patchRole(ownerToken, admin, "OWNER").status()).isEqualTo(200);
        assertThat(patchRole(ownerToken, owner, "ADMIN").status()).as("another owner remains").isEqualTo(200);
        assertThat(roleOf(owner)).isEqualTo("ADMIN");
        assertThat(patchRole(TestTokens.user(admin, org, "OWNER"), admin, "ADMIN").status()).isEqualTo(409);
    }

    @Test
    void aViewerReadsTheMembersButCannotChangeThemAndNeitherCanAnAgent() {
        Api.Reply members = api.get("/api/v1/organizations/current/members", TestTokens.user(viewer, org, "VIEWER"));
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.json()).hasSize(4);
        assertThat(members.json().get(0).path("userId").asString()).isEqualTo(owner.toString());
        assertThat(members.json().get(0).path("joinedAt").asString()).isNotBlank();

        Api.Reply viewerPatch = patchRole(TestTokens.user(viewer, org, "VIEWER"), agent, "VIEWER");
        assertThat(viewerPatch.status()).isEqualTo(403);
        assertThat(viewerPatch.text("type")).isEqualTo("https://tendlc.io/problems/forbidden");
        String agentToken = TestTokens.user(agent, org, "AGENT");
        assertThat(patchRole(agentToken, viewer, "AGENT").status()).isEqualTo(403);
        assertThat(api.delete(member(viewer), agentToken).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/organizations/current/members", agentToken).status()).isEqualTo(200);
        assertThat(roleOf(viewer)).isEqualTo("VIEWER");
    }

    @Test
    void managingMembersNeedsAVerifiedEmail() {
        Api.Reply unverified = patchRole(TestTokens.unverifiedUser(org, "OWNER"), agent, "VIEWER");
        assertThat(unverified.status()).isEqualTo(403);
        assertThat(unverified.text("type")).isEqualTo("https://tendlc.io/problems/email-not-verified");
    }

    @Test
    void aRemovedMemberIsGoneAndAnnouncedAndUnknownRolesOrMembersAreProblems() {
        String adminToken = TestTokens.user(admin, org, "ADMIN");
        assertThat(api.delete(member(viewer), adminToken).status()).isEqualTo(204);
        assertThat(RecordedEvents.await(EventTypes.MEMBERSHIP_REMOVED, m -> m.userId().equals(viewer)).payload())
                .isEqualTo(new MembershipChanged(org, viewer, "viewer@roles.test", "VIEWER"));
        assertThat(api.get("/api/v1/organizations/current/members", adminToken).body()).doesNotContain(viewer.toString());
        assertThat(api.delete(member(viewer), adminToken).status()).isEqualTo(404);

        Api.Reply unknownRole = patchRole(adminToken, agent, "SUPERUSER");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.text("type")).isEqualTo("https://tendlc.io/problems/unknown-role");
        assertThat(patchRole(adminToken, UUID.randomUUID(), "AGENT").status()).isEqualTo(404);
        Api.Reply notAnId = api.patch("/api/v1/organizations/current/members/not-a-uuid", adminToken, "{\"role\":\"AGENT\"}");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.text("type")).isEqualTo("https://tendlc.io/problems/validation");
        assertThat(api.patch(member(agent), adminToken, "{}").status()).isEqualTo(400);
    }

    @Test
    void aSameRoleChangeIsANoOpWithoutAnEvent() {
        String ownerToken = TestTokens.user(owner, org, "OWNER");
        assertThat(patchRole(ownerToken, agent, "AGENT").status()).isEqualTo(200);
        assertThat(RecordedEvents.countAfterQuietPeriod(EventTypes.MEMBERSHIP_UPDATED, m -> m.userId().equals(agent)))
                .isZero();
    }

    private Api.Reply patchRole(String token, UUID userId, String role) {
        return api.patch(member(userId), token, "{\"role\": \"" + role + "\"}");
    }

    private static String member(UUID userId) {
        return "/api/v1/organizations/current/members/" + userId;
    }

    private String roleOf(UUID userId) {
        return api.get("/api/v1/organizations/current/members", TestTokens.user(org, "OWNER")).json().valueStream()
                .filter(m -> m.path("userId").asString().equals(userId.toString()))
                .map(m -> m.path("role").asString()).findFirst().orElse(null);
    }
}

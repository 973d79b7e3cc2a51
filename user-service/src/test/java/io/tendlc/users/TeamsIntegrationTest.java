package io.tendlc.users;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Teams group members of one organization; only its members can join them. */
@UserServiceTest
class TeamsIntegrationTest {

    static final String TEAMS = "/api/v1/organizations/current/teams";

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final UUID org = UUID.randomUUID();
    final UUID owner = UUID.randomUUID();
    final UUID agent = UUID.randomUUID();
    Api api;
    String ownerToken;

    @BeforeEach
    void organization() {
        api = Api.at(port);
        TestAccounts accounts = new TestAccounts(kafka, api);
        accounts.signUp(org, owner, "owner@teams.test", "Tess Teams", "Teams LLC");
        accounts.join(org, agent, "agent@teams.test", "Art Agent", "AGENT");
        ownerToken = TestTokens.user(owner, org, "OWNER");
    }

    @Test
    void aTeamIsCreatedRenamedGivenMembersAndDeleted() {
        Api.Reply created = api.post(TEAMS, ownerToken, "{\"name\": \"Support\", \"description\": \"Answers customers\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.headers().getLocation()).hasToString(TEAMS + "/" + id);

        Api.Reply joined = api.put(TEAMS + "/" + id + "/members/" + agent, ownerToken, "");
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().path("members").get(0).path("email").asString()).isEqualTo("agent@teams.test");
        assertThat(api.put(TEAMS + "/" + id + "/members/" + agent, ownerToken, "").json().path("members"))
                .as("joining twice is joining once").hasSize(1);

        Api.Reply renamed = api.patch(TEAMS + "/" + id, ownerToken, "{\"name\": \"Customer Support\", \"description\": \"\"}");
        assertThat(renamed.text("name")).isEqualTo("Customer Support");
        assertThat(renamed.json().path("description").isNull()).isTrue();

        Api.Reply viewed = api.get(TEAMS + "/" + id, TestTokens.user(org, "VIEWER"));
        assertThat(viewed.status()).isEqualTo(200);
        assertThat(viewed.json().path("members")).hasSize(1);
        assertThat(api.get(TEAMS, TestTokens.user(org, "AGENT")).json()).hasSize(1);

        assertThat(api.delete(TEAMS + "/" + id + "/members/" + agent, ownerToken).status()).isEqualTo(204);
        assertThat(api.get(TEAMS + "/" + id, ownerToken).json().path("members")).isEmpty();
        assertThat(api.delete(TEAMS + "/" + id, ownerToken).status()).isEqualTo(204);
        assertThat(api.get(TEAMS + "/" + id, ownerToken).status()).isEqualTo(404);
        assertThat(api.delete(TEAMS + "/" + id, ownerToken).status()).isEqualTo(404);
    }

    @Test
    void onlyMembersOfTheOrganizationJoinItsTeams() {
        String id = api.post(TEAMS, ownerToken, "{\"name\": \"Sales\"}").text("id");
        Api.Reply stranger = api.put(TEAMS + "/" + id + "/members/" + UUID.randomUUID(), ownerToken, "");
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.text("type")).isEqualTo("https://tendlc.io/problems/not-a-member");
        assertThat(api.put(TEAMS + "/" + UUID.randomUUID() + "/members/" + agent, ownerToken, "").status()).isEqualTo(404);
    }

    @Test
    void aMemberWhoLeavesTheOrganizationLeavesItsTeams() {
        String id = api.post(TEAMS, ownerToken, "{\"name\": \"Night shift\"}").text("id");
        api.put(TEAMS + "/" + id + "/members/" + agent, ownerToken, "");
        assertThat(api.delete("/api/v1/organizations/current/members/" + agent, ownerToken).status()).isEqualTo(204);
        assertThat(api.get(TEAMS + "/" + id, ownerToken).json().path("members")).isEmpty();
    }

    @Test
    void teamNamesAreUniqueIgnoringCaseAndMustNotBeBlank() {
        assertThat(api.post(TEAMS, ownerToken, "{\"name\": \"Billing\"}").status()).isEqualTo(201);
        Api.Reply duplicate = api.post(TEAMS, ownerToken, "{\"name\": \" billing \"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("type")).isEqualTo("https://tendlc.io/problems/team-name-taken");
        String other = api.post(TEAMS, ownerToken, "{\"name\": \"Other\"}").text("id");
        assertThat(api.patch(TEAMS + "/" + other, ownerToken, "{\"name\": \"BILLING\"}").status()).isEqualTo(409);
        assertThat(api.post(TEAMS, ownerToken, "{\"name\": \"  \"}").status()).isEqualTo(400);
        assertThat(api.post(TEAMS, ownerToken, "{}").status()).isEqualTo(400);
    }

    @Test
    void readingTeamsNeedsMembersReadAndChangingThemMembersManage() {
        assertThat(api.get(TEAMS, TestTokens.user(org, "VIEWER")).status()).isEqualTo(200);
        assertThat(api.post(TEAMS, TestTokens.user(org, "VIEWER"), "{\"name\": \"Viewers\"}").status()).isEqualTo(403);
        assertThat(api.post(TEAMS, TestTokens.user(org, "MANAGER"), "{\"name\": \"Managers\"}").status()).isEqualTo(403);
        assertThat(api.post(TEAMS, TestTokens.user(org, "ADMIN"), "{\"name\": \"Admins\"}").status()).isEqualTo(201);
        assertThat(api.get(TEAMS, TestTokens.apiKey(org, "contacts:read")).status()).isEqualTo(403);
    }
}

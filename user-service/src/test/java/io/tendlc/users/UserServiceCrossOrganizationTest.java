package io.tendlc.users;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of user-service is about the caller's "current" organization, so the intruder (an OWNER of its own,
 * real organization) aims at the victim through the ids in the path: the victim's members, team and invitation.
 */
@UserServiceTest
class UserServiceCrossOrganizationTest extends CrossOrganizationTest {

    static final String ORG = "/api/v1/organizations/current";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final UUID victimMember = UUID.randomUUID();
    UUID victimTeam;
    UUID victimInvitation;
    UUID intruderTeam;

    @Override
    protected void prepareVictim(Api api) {
        TestAccounts accounts = new TestAccounts(kafka, api);
        accounts.signUp(victimOrganization, victimUser, "vera@victim.test", "Vera Victim", "Victim Corp");
        accounts.join(victimOrganization, victimMember, "vic@victim.test", "Vic Member", "AGENT");
        accounts.signUp(intruderOrganization, intruderUser, "ivan@intruder.test", "Ivan Intruder", "Intruder Inc");

        api.patch(ORG, victim(), "{\"timeZone\": \"America/Denver\", \"settings\": {\"defaultSenderNumber\": \"+15550001111\"}}");
        victimTeam = created(api.post(ORG + "/teams", victim(), "{\"name\": \"Victim Team\"}"));
        assertThat(api.put(ORG + "/teams/" + victimTeam + "/members/" + victimMember, victim(), "").status()).isEqualTo(200);
        victimInvitation = created(api.post(ORG + "/invitations", victim(),
                "{\"email\": \"invitee@victim.test\", \"role\": \"MANAGER\"}"));
        intruderTeam = created(api.post(ORG + "/teams", intruder(), "{\"name\": \"Intruder Team\"}"));
    }

    @Override
    protected String victimState(Api api) {
        return String.join("\n",
                api.get(ORG, victim()).body(),
                api.get(ORG + "/teams", victim()).body(),
                api.get(ORG + "/invitations", victim()).body(),
                api.get("/api/v1/users/me", victim()).body());
    }

    @Override
    protected List<Attack> attacks() {
        String[] markers = {victimOrganization.toString(), victimUser.toString(), victimMember.toString(),
                "Victim Corp", "vera@victim.test", "vic@victim.test", "invitee@victim.test", "Victim Team",
                "+15550001111"};
        return List.of(
                Attack.seesOnlyItsOwn("GET " + ORG, api -> api.get(ORG, intruder()), markers),
                Attack.seesOnlyItsOwn("PATCH " + ORG, api -> api.patch(ORG, intruder(),
                        "{\"name\": \"Taken Over\", \"timeZone\": \"Asia/Tokyo\"}"), markers),
                Attack.seesOnlyItsOwn("GET " + ORG + "/members", api -> api.get(ORG + "/members", intruder()), markers),
                Attack.refused("PATCH " + ORG + "/members/{userId}", api -> api.patch(ORG + "/members/" + victimUser,
                        intruder(), "{\"role\": \"VIEWER\"}")),
                Attack.refused("PATCH " + ORG + "/members/{userId}", api -> api.patch(ORG + "/members/" + victimMember,
                        intruder(), "{\"role\": \"OWNER\"}")),
                Attack.refused("DELETE " + ORG + "/members/{userId}", api -> api.delete(ORG + "/members/" + victimMember,
                        intruder())),
                Attack.refused("DELETE " + ORG + "/members/{userId}", api -> api.delete(ORG + "/members/" + victimUser,
                        intruder())),
                Attack.seesOnlyItsOwn("GET " + ORG + "/permissions", api -> api.get(ORG + "/permissions", intruder()),
                        markers),
                Attack.seesOnlyItsOwn("GET " + ORG + "/teams", api -> api.get(ORG + "/teams", intruder()), markers),
                Attack.seesOnlyItsOwn("POST " + ORG + "/teams", api -> api.post(ORG + "/teams", intruder(),
                        "{\"name\": \"Victim Team\"}"), victimTeamId()),
                Attack.refused("GET " + ORG + "/teams/{teamId}", api -> api.get(ORG + "/teams/" + victimTeam, intruder())),
                Attack.refused("PATCH " + ORG + "/teams/{teamId}", api -> api.patch(ORG + "/teams/" + victimTeam,
                        intruder(), "{\"name\": \"Owned\"}")),
                Attack.refused("DELETE " + ORG + "/teams/{teamId}", api -> api.delete(ORG + "/teams/" + victimTeam,
                        intruder())),
                Attack.refused("PUT " + ORG + "/teams/{teamId}/members/{userId}", api -> api.put(
                        ORG + "/teams/" + victimTeam + "/members/" + intruderUser, intruder(), "")),
                // the intruder's own team cannot take in the victim's member either
                new Attack("PUT " + ORG + "/teams/{teamId}/members/{userId}", api -> api.put(
                        ORG + "/teams/" + intruderTeam + "/members/" + victimMember, intruder(), ""),
                        reply -> reply.status() == 422 || reply.status() == 404),
                Attack.refused("DELETE " + ORG + "/teams/{teamId}/members/{userId}", api -> api.delete(
                        ORG + "/teams/" + victimTeam + "/members/" + victimMember, intruder())),
                Attack.seesOnlyItsOwn("POST " + ORG + "/invitations", api -> api.post(ORG + "/invitations", intruder(),
                        "{\"email\": \"friend@intruder.test\", \"role\": \"AGENT\"}"), markers),
                Attack.seesOnlyItsOwn("GET " + ORG + "/invitations", api -> api.get(ORG + "/invitations", intruder()),
                        markers),
                Attack.refused("DELETE " + ORG + "/invitations/{invitationId}", api -> api.delete(
                        ORG + "/invitations/" + victimInvitation, intruder())),
                Attack.seesOnlyItsOwn("GET /api/v1/users/me", api -> api.get("/api/v1/users/me", intruder()), markers),
                Attack.seesOnlyItsOwn("PATCH /api/v1/users/me", api -> api.patch("/api/v1/users/me", intruder(),
                        "{\"name\": \"Vera Victim 2\"}"), victimOrganization.toString(), "Victim Corp",
                        "vera@victim.test"));
    }

    @Override
    protected Map<String, String> routesWithoutOrganizationData() {
        String reason = "public: the single-use token mailed to the invitee is the credential; no bearer token, so no "
                + "organization to cross (a wrong token is 400 invalid-token, see InvitationsIntegrationTest)";
        return Map.of("POST /api/v1/invitations/lookup", reason, "POST /api/v1/invitations/accept", reason);
    }

    private String victimTeamId() {
        return String.valueOf(victimTeam);
    }

    private static UUID created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return UUID.fromString(reply.text("id"));
    }
}

package io.tendlc.users;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** auth-service's user.created becomes an organization, a profile and an OWNER membership, announced once. */
@UserServiceTest
class MembershipsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void aCreatedUserBringsItsOrganizationAndMembershipOnceEvenIfTheEventRepeats() throws Exception {
        UUID org = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        EventEnvelope<UserCreated> created = EventEnvelope.of(EventTypes.USER_CREATED, org, user.toString(),
                new UserCreated(user, org, "owner@acme.test", "Ada Owner", "Acme", "OWNER"));
        byte[] wire = EventSerde.write(created);
        kafka.send(EventTypes.USER_CREATED.topic(), user.toString(), wire).get();
        kafka.send(EventTypes.USER_CREATED.topic(), user.toString(), wire).get();
        kafka.send(EventTypes.USER_CREATED.topic(), "garbage", "not an event".getBytes()).get();

        Api api = Api.at(port);
        String token = TestTokens.user(org, "OWNER");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Reply current = api.get("/api/v1/organizations/current", token);
            assertThat(current.status()).isEqualTo(200);
            assertThat(current.text("name")).isEqualTo("Acme");
            assertThat(current.text("timeZone")).isEqualTo("America/New_York");
            assertThat(current.json().path("members")).hasSize(1);
            assertThat(current.json().path("members").get(0).path("role").asString()).isEqualTo("OWNER");
            assertThat(current.json().path("members").get(0).path("email").asString()).isEqualTo("owner@acme.test");
            assertThat(current.json().path("members").get(0).path("name").asString()).isEqualTo("Ada Owner");
        });
        assertThat(api.get("/api/v1/organizations/current", TestTokens.user(UUID.randomUUID(), "OWNER")).status())
                .isEqualTo(404);

        RecordedEvents.Recorded announced = RecordedEvents.await(EventTypes.MEMBERSHIP_CREATED,
                m -> m.userId().equals(user));
        assertThat(announced.topic()).isEqualTo(Topics.MEMBERSHIPS);
        assertThat(announced.key()).isEqualTo(org.toString());
        assertThat(announced.envelope().organizationId()).isEqualTo(org);
        assertThat(announced.payload()).isEqualTo(new MembershipChanged(org, user, "owner@acme.test", "OWNER"));
        assertThat(RecordedEvents.countAfterQuietPeriod(EventTypes.MEMBERSHIP_CREATED, m -> m.userId().equals(user)))
                .as("the repeated user.created changes nothing").isEqualTo(1);
    }

    @Test
    void anInvitedAccountJoinsItsExistingOrganizationWithTheInvitedRole() {
        UUID org = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        TestAccounts accounts = new TestAccounts(kafka, Api.at(port));
        accounts.signUp(org, owner, "owner@join.test", "Olga Owner", "Join Inc");
        accounts.join(org, agent, "agent@join.test", "Al Agent", "AGENT");

        assertThat(RecordedEvents.await(EventTypes.MEMBERSHIP_CREATED, m -> m.userId().equals(agent)).payload())
                .isEqualTo(new MembershipChanged(org, agent, "agent@join.test", "AGENT"));
        Api.Reply current = Api.at(port).get("/api/v1/organizations/current", TestTokens.user(org, "OWNER"));
        assertThat(current.text("name")).as("an invited account does not rename the organization").isEqualTo("Join Inc");
    }
}

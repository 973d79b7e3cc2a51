package io.tendlc.users;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
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
            assertThat(current.json().path("members")).hasSize(1);
            assertThat(current.json().path("members").get(0).path("role").asString()).isEqualTo("OWNER");
        });
        assertThat(api.get("/api/v1/organizations/current", TestTokens.user(UUID.randomUUID(), "OWNER")).status())
                .isEqualTo(404);
    }
}

package io.tendlc.users;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.events.identity.UserEmailVerified;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Accounts the way they arrive in production: auth-service's events on Kafka, then waits until user-service shows them. */
public final class TestAccounts {

    private final KafkaTemplate<String, byte[]> kafka;
    private final Api api;

    public TestAccounts(KafkaTemplate<String, byte[]> kafka, Api api) {
        this.kafka = kafka;
        this.api = api;
    }

    /** A sign-up: a new organization owned by the new user. */
    public void signUp(UUID organizationId, UUID userId, String email, String name, String organizationName) {
        send(EventTypes.USER_CREATED, organizationId, userId,
                new UserCreated(userId, organizationId, email, name, organizationName, "OWNER"));
        awaitMember(organizationId, userId, "OWNER");
    }

    /** An account created for an existing organization (by an invitation) with this role. */
    public void join(UUID organizationId, UUID userId, String email, String name, String role) {
        send(EventTypes.USER_CREATED, organizationId, userId,
                new UserCreated(userId, organizationId, email, name, null, role));
        awaitMember(organizationId, userId, role);
    }

    public void verifyEmail(UUID userId, String email) {
        send(EventTypes.USER_EMAIL_VERIFIED, null, userId, new UserEmailVerified(userId, email));
    }

    public <T> void send(EventType<T> type, UUID organizationId, UUID userId, T payload) {
        EventEnvelope<T> event = EventEnvelope.of(type, organizationId, userId.toString(), payload);
        try {
            kafka.send(type.topic(), userId.toString(), EventSerde.write(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitMember(UUID organizationId, UUID userId, String role) {
        String token = TestTokens.user(organizationId, "OWNER");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Reply members = api.get("/api/v1/organizations/current/members", token);
            assertThat(members.status()).isEqualTo(200);
            assertThat(members.json().valueStream()
                    .filter(m -> m.path("userId").asString().equals(userId.toString()))
                    .map(m -> m.path("role").asString()).toList()).containsExactly(role);
        });
    }
}

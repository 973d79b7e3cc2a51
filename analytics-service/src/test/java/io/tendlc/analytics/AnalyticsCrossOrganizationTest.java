package io.tendlc.analytics;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventTypes;
import io.tendlc.events.sms.MessageStatusChanged;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;
import io.tendlc.platform.test.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class AnalyticsCrossOrganizationTest extends CrossOrganizationTest {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Override
    protected void prepareVictim(Api api) {
        UUID message = UUID.randomUUID();
        EventEnvelope<MessageStatusChanged> event = EventEnvelope.of(EventTypes.MESSAGE_DELIVERED, victimOrganization,
                message.toString(), new MessageStatusChanged(message, victimOrganization, "+15005550006",
                        "+15551234567", "delivered", 3, "GSM7", "SM1", null, Instant.now()));
        kafka.send(EventTypes.MESSAGE_DELIVERED.topic(), message.toString(), EventSerde.write(event));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/analytics/summary", victim()).json().path("total").asLong()).isEqualTo(1));
    }

    @Override
    protected String victimState(Api api) {
        return api.get("/api/v1/analytics/summary", victim()).body();
    }

    @Override
    protected List<Attack> attacks() {
        return List.of(new Attack("GET /api/v1/analytics/summary",
                api -> api.get("/api/v1/analytics/summary", intruder()),
                reply -> reply.status() == 200 && reply.json().path("total").asLong() == 0));
    }
}

package io.tendlc.events;

import io.tendlc.events.sms.MessageStatusChanged;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSerdeTest {

    private final UUID org = UUID.randomUUID();
    private final MessageStatusChanged payload = new MessageStatusChanged(UUID.randomUUID(), org, "+15005550006",
            "+15551234567", "delivered", 2, "GSM7", "SM123", null, Instant.parse("2026-11-27T10:15:30.123Z"));

    @Test
    void roundTripKeepsEveryFieldAndThePayloadType() {
        EventEnvelope<MessageStatusChanged> sent = EventEnvelope.of(EventTypes.MESSAGE_DELIVERED, org,
                payload.messageId().toString(), payload);

        EventEnvelope<?> read = EventSerde.read(EventSerde.write(sent));

        assertThat(read).isEqualTo(sent);
        assertThat(read.payload()).isInstanceOf(MessageStatusChanged.class);
    }

    @Test
    void wireFormatUsesLogicalTypeNamesAndIsoTimestamps() {
        String json = new String(EventSerde.write(EventEnvelope.of(EventTypes.MESSAGE_DELIVERED, org, "k", payload)),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"type\":\"message.delivered\"")
                .contains("\"statusAt\":\"2026-11-27T10:15:30.123Z\"")
                .doesNotContain("io.tendlc");
    }

    @Test
    void unknownTypesAndGarbageAreMalformedNotGuessed() {
        assertThatThrownBy(() -> EventSerde.read("{\"type\":\"nope\",\"payload\":{}}".getBytes()))
                .isInstanceOf(EventSerde.MalformedEventException.class).hasMessageContaining("unknown event type nope");
        assertThatThrownBy(() -> EventSerde.read("not json".getBytes()))
                .isInstanceOf(EventSerde.MalformedEventException.class);
        assertThatThrownBy(() -> EventSerde.read("{\"type\":\"message.sent\",\"payload\":{\"segments\":\"x\"}}".getBytes()))
                .isInstanceOf(EventSerde.MalformedEventException.class);
    }

    @Test
    void uuidsAreVersion7AndTimeOrdered() {
        UUID first = Uuids.timeOrdered();
        UUID later = Uuids.timeOrdered();
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(later.getMostSignificantBits() >>> 16).isGreaterThanOrEqualTo(first.getMostSignificantBits() >>> 16);
    }
}

package io.tendlc.simulators.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class MessageStoreTest {

    @Test
    void evictsTheOldestBeyondItsCapacity() {
        MessageStore store = new MessageStore(3, Duration.ofHours(1));
        Instant now = Instant.now();

        for (int i = 1; i <= 5; i++) {
            store.add(message("SM" + i, now));
        }

        assertThat(store.size()).isEqualTo(3);
        assertThat(store.find("SM1")).isNull();
        assertThat(store.find("SM2")).isNull();
        assertThat(store.find("SM3")).isNotNull();
        assertThat(store.find("SM5")).isNotNull();
    }

    @Test
    void evictsMessagesOlderThanTheRetention() {
        MessageStore store = new MessageStore(100, Duration.ofMinutes(10));
        Instant now = Instant.now();
        store.add(message("SM-old", now.minus(Duration.ofMinutes(11))));

        store.add(message("SM-new", now));

        assertThat(store.find("SM-old")).isNull();
        assertThat(store.find("SM-new")).isNotNull();
    }

    @Test
    void updatesOnlyStoredMessages() {
        MessageStore store = new MessageStore(10, Duration.ofHours(1));
        Instant now = Instant.now();
        store.add(message("SM1", now));

        store.update("SM1", m -> m.withStatus(MessageStatus.SENT, null, now));
        SimMessage missing = store.update("SM-evicted", m -> m.withStatus(MessageStatus.SENT, null, now));

        assertThat(store.find("SM1").status()).isEqualTo(MessageStatus.SENT);
        assertThat(store.find("SM1").dateSent()).isEqualTo(now);
        assertThat(missing).isNull();
    }

    private static SimMessage message(String sid, Instant created) {
        MessageRequest request = MessageRequest.of("+14155550100", "+14155550101", null, "hi", null);
        return SimMessage.outbound(sid, "AC1", request, created);
    }
}

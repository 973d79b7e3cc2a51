package io.tendlc.sms.delivery;

import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.sms.MessageStatusChanged;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A message's lifecycle, in order. Twilio callbacks repeat and arrive out of order, so an update is applied
 * only if it moves the message to a higher rank; the three outcomes share the last rank and the first wins.
 */
public enum MessageStatus {
    ACCEPTED(0, EventTypes.MESSAGE_ACCEPTED),
    /** Claimed by a send consumer and on its way to Twilio. */
    DISPATCHING(1, null),
    QUEUED(2, EventTypes.MESSAGE_QUEUED),
    SENDING(3, null),
    SENT(4, EventTypes.MESSAGE_SENT),
    DELIVERED(5, EventTypes.MESSAGE_DELIVERED),
    UNDELIVERED(5, EventTypes.MESSAGE_UNDELIVERED),
    FAILED(5, EventTypes.MESSAGE_FAILED);

    private final int rank;
    private final EventType<MessageStatusChanged> event;

    MessageStatus(int rank, EventType<MessageStatusChanged> event) {
        this.rank = rank;
        this.event = event;
    }

    public int rank() {
        return rank;
    }

    /** The event announcing this status, if the rest of the platform cares about it. */
    public Optional<EventType<MessageStatusChanged>> event() {
        return Optional.ofNullable(event);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Twilio's MessageStatus values we track; others (receiving, read…) are not outbound delivery states. */
    public static Optional<MessageStatus> fromTwilio(String status) {
        return Arrays.stream(values()).filter(s -> s != ACCEPTED && s != DISPATCHING)
                .filter(s -> s.wireName().equals(status)).findFirst()
                .or(() -> "canceled".equals(status) ? Optional.of(FAILED) : Optional.empty());
    }
}

package io.tendlc.events;

import io.tendlc.events.identity.UserCreated;
import io.tendlc.events.sms.MessageStatusChanged;
import io.tendlc.events.sms.SendMessageRequested;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the platform, by wire name. */
public final class EventTypes {

    public static final EventType<SendMessageRequested> SEND_REQUESTED =
            new EventType<>("sms.send_requested", Topics.SMS_SEND, SendMessageRequested.class);

    public static final EventType<MessageStatusChanged> MESSAGE_ACCEPTED = message("message.accepted");
    public static final EventType<MessageStatusChanged> MESSAGE_QUEUED = message("message.queued");
    public static final EventType<MessageStatusChanged> MESSAGE_SENT = message("message.sent");
    public static final EventType<MessageStatusChanged> MESSAGE_DELIVERED = message("message.delivered");
    public static final EventType<MessageStatusChanged> MESSAGE_UNDELIVERED = message("message.undelivered");
    public static final EventType<MessageStatusChanged> MESSAGE_FAILED = message("message.failed");

    public static final EventType<UserCreated> USER_CREATED =
            new EventType<>("user.created", Topics.USERS, UserCreated.class);

    private static final Map<String, EventType<?>> BY_NAME = List.<EventType<?>>of(
                    SEND_REQUESTED, MESSAGE_ACCEPTED, MESSAGE_QUEUED, MESSAGE_SENT, MESSAGE_DELIVERED,
                    MESSAGE_UNDELIVERED, MESSAGE_FAILED, USER_CREATED)
            .stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static EventType<MessageStatusChanged> message(String name) {
        return new EventType<>(name, Topics.MESSAGES, MessageStatusChanged.class);
    }

    private EventTypes() {
    }
}

package io.tendlc.sms.delivery;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Uuids;
import io.tendlc.events.sms.SendMessageRequested;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.web.ApiProblem;
import io.tendlc.sms.numbers.PhoneNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a message in: stores it, announces it and puts its send command on the partitioned send topic, atomically.
 * Only from a number of the organization that is assigned to an approved 10DLC campaign: Twilio would refuse
 * anything else (30034), so it is refused here, before it costs anything. Never to a recipient who opted out of
 * the number's brand (Twilio's 21610): the same query answers both.
 */
@Service
public class MessageAcceptance {

    private final Messages messages;
    private final PhoneNumbers numbers;
    private final EventPublisher events;

    MessageAcceptance(Messages messages, PhoneNumbers numbers, EventPublisher events) {
        this.messages = messages;
        this.numbers = numbers;
        this.events = events;
    }

    @Transactional
    Message accept(UUID organizationId, String from, String to, String body) {
        switch (numbers.senderCheck(organizationId, from, to)) {
            case UNKNOWN -> throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-sender", "Unknown sender number",
                    "The from number is not an active number of your organization.");
            case NOT_REGISTERED -> throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "number-not-registered",
                    "Number not registered", "The from number " + from + " is not registered to an approved 10DLC "
                    + "campaign (Twilio error 30034): assign it to an approved campaign first.",
                    Map.of("twilioErrorCode", 30034));
            case RECIPIENT_OPTED_OUT -> throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "recipient-opted-out",
                    "Recipient opted out", "The recipient opted out of messages from this brand (Twilio error 21610); "
                    + "only the recipient can opt back in, by texting START.", Map.of("twilioErrorCode", 21610));
            case REGISTERED -> {
            }
        }
        return store(organizationId, from, to, body, false);
    }

    /**
     * A keyword answer the platform sends by itself (HELP, the one opt-out confirmation, the opt-in confirmation),
     * in the caller's transaction and down the normal send path. It is the one message that may reach a suppressed
     * recipient; it still needs a sender Twilio would accept. Empty when the number cannot send.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> acceptSystemReply(UUID organizationId, String from, String to, String body) {
        return switch (numbers.senderCheck(organizationId, from, to)) {
            case UNKNOWN, NOT_REGISTERED -> Optional.empty();
            case RECIPIENT_OPTED_OUT, REGISTERED -> Optional.of(store(organizationId, from, to, body, true).id());
        };
    }

    private Message store(UUID organizationId, String from, String to, String body, boolean system) {
        SegmentCounter.Segmentation segmentation = SegmentCounter.count(body);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps, so reads match
        Message message = new Message(Uuids.timeOrdered(), organizationId, from, to, body, segmentation.segments(),
                segmentation.encoding().name(), MessageStatus.ACCEPTED, null, null, now, now, system);
        messages.insert(message);
        events.publishAll(List.of(
                EventEnvelope.of(EventTypes.MESSAGE_ACCEPTED, organizationId, message.id().toString(),
                        message.statusChanged()),
                EventEnvelope.of(EventTypes.SEND_REQUESTED, organizationId, organizationId + ":" + to,
                        new SendMessageRequested(message.id(), organizationId, from, to, body, message.segments(),
                                message.encoding(), now))));
        return message;
    }
}

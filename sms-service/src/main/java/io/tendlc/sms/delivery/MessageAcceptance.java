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
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes a message in: stores it, announces it and puts its send command on the partitioned send topic, atomically.
 * Only from a number of the organization that is assigned to an approved 10DLC campaign: Twilio would refuse
 * anything else (30034), so it is refused here, before it costs anything.
 */
@Service
class MessageAcceptance {

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
        switch (numbers.senderCheck(organizationId, from)) {
            case UNKNOWN -> throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-sender", "Unknown sender number",
                    "The from number is not an active number of your organization.");
            case NOT_REGISTERED -> throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "number-not-registered",
                    "Number not registered", "The from number " + from + " is not registered to an approved 10DLC "
                    + "campaign (Twilio error 30034): assign it to an approved campaign first.",
                    Map.of("twilioErrorCode", 30034));
            case REGISTERED -> {
            }
        }
        SegmentCounter.Segmentation segmentation = SegmentCounter.count(body);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps, so reads match
        Message message = new Message(Uuids.timeOrdered(), organizationId, from, to, body, segmentation.segments(),
                segmentation.encoding().name(), MessageStatus.ACCEPTED, null, null, now, now);
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

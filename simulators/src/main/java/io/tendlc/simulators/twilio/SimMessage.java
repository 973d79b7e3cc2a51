package io.tendlc.simulators.twilio;

import java.time.Instant;

/**
 * One message as the simulator knows it. Immutable: a status change replaces the record in the store,
 * so a fetch always sees a consistent status, error code and dates.
 */
record SimMessage(
        String sid,
        String accountSid,
        String to,
        String from,
        String messagingServiceSid,
        String body,
        int numSegments,
        String direction,
        MessageStatus status,
        Integer errorCode,
        Instant dateCreated,
        Instant dateUpdated,
        Instant dateSent,
        String statusCallback) {

    static SimMessage outbound(String sid, String accountSid, MessageRequest request, Instant now) {
        MessageStatus status = request.messagingServiceSid() != null ? MessageStatus.ACCEPTED : MessageStatus.QUEUED;
        return new SimMessage(sid, accountSid, request.to(), request.from(), request.messagingServiceSid(),
                request.body(), SegmentCounter.segments(request.body()), "outbound-api", status, null,
                now, now, null, request.statusCallback());
    }

    static SimMessage inbound(String sid, String accountSid, String from, String to, String body, Instant now) {
        return new SimMessage(sid, accountSid, to, from, null, body, SegmentCounter.segments(body), "inbound",
                MessageStatus.RECEIVED, null, now, now, now, null);
    }

    /** The message after a lifecycle step; Twilio stamps date_sent when the carrier takes the message. */
    SimMessage withStatus(MessageStatus newStatus, Integer newErrorCode, Instant now) {
        Instant sent = dateSent == null && newStatus != MessageStatus.FAILED ? now : dateSent;
        return new SimMessage(sid, accountSid, to, from, messagingServiceSid, body, numSegments, direction,
                newStatus, newErrorCode, dateCreated, now, sent, statusCallback);
    }
}

package io.tendlc.notification.mail;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail to send because of an event. {@code values} fill the template and include the link, which holds a
 * secret: this record is never logged or stored (see {@link MailLog} for what is kept).
 *
 * @param eventId        the event that asked for it
 * @param organizationId the organization it concerns, if any
 * @param userId         the account it goes to, if there is one
 * @param expiresAt      when its link stops working; an expired mail is not sent. Null for a link that does not
 *                       expire (a dashboard page)
 */
record OutgoingMail(UUID eventId, MailTemplate template, UUID organizationId, UUID userId, String recipient,
                    Instant expiresAt, Map<String, String> values) {

    OutgoingMail {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipient, "recipient");
        values = Map.copyOf(values);
    }

    @Override
    public String toString() {
        return "OutgoingMail[" + template.fileName() + ", event " + eventId + "]";
    }
}

package io.tendlc.embedded;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A mail the embedded SMTP server accepted, flattened for assertions and the dev stack's mail view. */
public record ReceivedMail(String from, List<String> to, String subject, Instant receivedAt, String body) {

    static ReceivedMail of(MimeMessage message) {
        try {
            return new ReceivedMail(
                    addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    message.getSubject() == null ? "" : message.getSubject(),
                    message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                            : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.now(),
                    text(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    /** Plain bodies as they are; multipart ones via GreenMail's helper, which concatenates the parts. */
    private static String text(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        return content instanceof String s ? s : com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
    }
}

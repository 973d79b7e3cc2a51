package io.tendlc.notification.mail;

import io.tendlc.embedded.ReceivedMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The decoded text and HTML alternatives of a received mail. {@link ReceivedMail#body()} is the raw MIME body
 * (parts still quoted-printable or base64), so it is parsed again here with the boundary it starts with.
 */
public record MailParts(String textType, String text, String htmlType, String html) {

    /** Mail travels with CRLF line ends; assertions are easier to read with \n. */
    private static String lines(Object content) {
        return ((String) content).replace("\r\n", "\n");
    }

    public static MailParts of(ReceivedMail mail) {
        String body = mail.body();
        String boundary = body.lines().filter(line -> line.startsWith("--")).findFirst()
                .map(line -> line.substring(2).strip())
                .orElseThrow(() -> new AssertionError("not a multipart mail: " + mail.subject()));
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body.getBytes(StandardCharsets.UTF_8),
                    "multipart/alternative; boundary=\"" + boundary + "\""));
            if (multipart.getCount() != 2) {
                throw new AssertionError("expected a text and an HTML part, got " + multipart.getCount());
            }
            BodyPart text = multipart.getBodyPart(0);
            BodyPart html = multipart.getBodyPart(1);
            return new MailParts(text.getContentType(), lines(text.getContent()), html.getContentType(),
                    lines(html.getContent()));
        } catch (MessagingException | IOException e) {
            throw new AssertionError("unreadable mail " + mail.subject(), e);
        }
    }
}

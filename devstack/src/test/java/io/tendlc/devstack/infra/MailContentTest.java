package io.tendlc.devstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.tendlc.embedded.ReceivedMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailContentTest {

    private static final String LINK = "http://localhost:8080/verify-email?token=abc.DEF-123_x";

    @Test
    void aTextAndHtmlMailShowsItsDecodedTextAndItsLinks() throws Exception {
        // "José" makes JavaMail pick quoted-printable, which turns "token=abc" into "token=3Dabc" on the wire
        ReceivedMail received = received(alternatives("Hi José,\r\n\r\nVerify:\r\n" + LINK + "\r\n",
                "<p>Hi José,</p><a href=\"" + LINK + "&amp;x=1\">Verify</a>"));
        assertThat(received.body()).contains("token=3Dabc");

        MailContent mail = MailContent.of(received);

        assertThat(mail.body()).isEqualTo("Hi José,\n\nVerify:\n" + LINK + "\n");
        assertThat(mail.html()).contains("<a href=\"" + LINK + "&amp;x=1\">");
        assertThat(mail.links()).containsExactly(LINK + "&x=1", LINK);
        assertThat(mail.subject()).isEqualTo("Verify your email address");
    }

    @Test
    void aPlainMailIsShownAsItCame() {
        MailContent mail = MailContent.of(new ReceivedMail("a@b.c", List.of("d@e.f"), "Hi", Instant.EPOCH,
                "Reset at https://example.com/reset?token=1.\n-- not a boundary"));

        assertThat(mail.body()).startsWith("Reset at");
        assertThat(mail.html()).isNull();
        assertThat(mail.links()).containsExactly("https://example.com/reset?token=1");
    }

    @Test
    void theListPageLinksEachMailsLinksEscaped() throws Exception {
        MailContent mail = MailContent.of(received(alternatives(LINK + "\r\n", "<a href=\"" + LINK + "\">x</a>")));

        String page = MailPage.list(List.of(mail));

        assertThat(page).contains("<a href=\"" + LINK + "\" title=\"" + LINK + "\" target=\"_blank\" rel=\"noopener noreferrer\">"
                + "localhost:8080/verify-email</a>", "<a href=\"/messages/0\">Verify your email address</a>");
    }

    private static MimeMultipart alternatives(String text, String html) throws Exception {
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, "UTF-8", "html");
        MimeMultipart multipart = new MimeMultipart("alternative");
        multipart.addBodyPart(textPart);
        multipart.addBodyPart(htmlPart);
        return multipart;
    }

    /** What the embedded SMTP server hands out: the message body after its headers, still MIME-encoded. */
    private static ReceivedMail received(MimeMultipart content) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("no-reply@tendlc.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("jose@example.com"));
        message.setSubject("Verify your email address");
        message.setContent(content);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        String whole = out.toString(StandardCharsets.UTF_8);
        return new ReceivedMail("no-reply@tendlc.local", List.of("jose@example.com"), message.getSubject(), Instant.now(),
                whole.substring(whole.indexOf("\r\n\r\n") + 4));
    }
}

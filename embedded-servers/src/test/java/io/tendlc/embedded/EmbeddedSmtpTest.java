package io.tendlc.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EmbeddedSmtpTest {

    @Test
    void acceptsAMailAndShowsItAsReceived() throws MessagingException {
        EmbeddedSmtp smtp = SharedServers.smtp();
        smtp.purge();

        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("noreply@tendlc.io"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("demo@example.com"));
        message.setSubject("Verify your email");
        message.setText("Your code is 123456");
        Transport.send(message);

        assertThat(smtp.awaitMail(1, Duration.ofSeconds(10))).isTrue();
        assertThat(smtp.receivedMail()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Verify your email");
            assertThat(mail.to()).containsExactly("demo@example.com");
            assertThat(mail.from()).isEqualTo("noreply@tendlc.io");
            assertThat(mail.body()).contains("123456");
        });
    }
}

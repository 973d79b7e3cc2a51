package io.tendlc.notification.mail;

import org.junit.jupiter.api.Test;
import org.springframework.boot.mail.autoconfigure.MailProperties;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpCredentialsCheckTest {

    @Test
    void authenticationWithoutCredentialsRefusesToStart() {
        MailProperties smtp = new MailProperties();
        smtp.getProperties().put("mail.smtp.auth", "true");
        smtp.setUsername("");

        assertThatThrownBy(() -> SmtpCredentialsCheck.check(smtp)).hasMessageContaining("SMTP_USERNAME and SMTP_PASSWORD");

        smtp.setUsername("relay-user");
        smtp.setPassword("relay-secret");
        assertThatCode(() -> SmtpCredentialsCheck.check(smtp)).doesNotThrowAnyException();
    }

    @Test
    void noAuthenticationNeedsNoCredentials() {
        MailProperties smtp = new MailProperties();
        smtp.getProperties().put("mail.smtp.auth", "false");

        assertThatCode(() -> SmtpCredentialsCheck.check(smtp)).doesNotThrowAnyException();
    }
}

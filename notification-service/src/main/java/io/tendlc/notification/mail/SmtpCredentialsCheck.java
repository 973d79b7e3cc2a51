package io.tendlc.notification.mail;

import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * With SMTP authentication on and no credentials, JavaMail would fail every send, and every mail would end on
 * the dead-letter topic; refuse to start instead, naming what is missing.
 */
@Component
class SmtpCredentialsCheck {

    SmtpCredentialsCheck(MailProperties smtp) {
        check(smtp);
    }

    static void check(MailProperties smtp) {
        boolean auth = Boolean.parseBoolean(smtp.getProperties().getOrDefault("mail.smtp.auth", "false").strip());
        if (auth && (!StringUtils.hasText(smtp.getUsername()) || !StringUtils.hasText(smtp.getPassword()))) {
            throw new IllegalStateException("SMTP_AUTH=true needs SMTP_USERNAME and SMTP_PASSWORD (on Kubernetes: "
                    + "the Secret notification-service-smtp); set SMTP_AUTH=false for a relay without authentication");
        }
    }
}

package io.tendlc.notification.mail;

import io.micrometer.core.instrument.MeterRegistry;
import io.tendlc.platform.privacy.Pii;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one transactional mail over SMTP: a text and an HTML alternative of the same template. A refused or
 * failed send is logged and thrown, so the event is retried and finally dead-lettered rather than lost.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender smtp;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final MailLog mailLog;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    Mailer(JavaMailSender smtp, MailTemplates templates, MailSettings settings, MailLog mailLog, MeterRegistry meters) {
        this.smtp = smtp;
        this.templates = templates;
        this.settings = settings;
        this.mailLog = mailLog;
        this.meters = meters;
    }

    /** Sends the mail; the mail log's row commits with the caller's transaction (the event marked processed). */
    void send(OutgoingMail mail) {
        deliver(mail, false);
    }

    /**
     * Sends one of several mails of an event (one per recipient), unless an earlier attempt at the event sent it
     * already: when the mail to another recipient fails and the event is retried, those that went out are not
     * sent twice. The mail log's row commits at once for that reason.
     */
    void sendOnce(OutgoingMail mail) {
        if (mailLog.wasSent(mail)) {
            log.info("Skipped {} mail to {} (event {}): sent by an earlier attempt", mail.template().fileName(),
                    Pii.maskEmail(mail.recipient()), mail.eventId());
            return;
        }
        deliver(mail, true);
    }

    private void deliver(OutgoingMail mail, boolean commitAtOnce) {
        Instant now = clock.instant();
        String to = Pii.maskEmail(mail.recipient());
        if (mail.expiresAt() != null && !mail.expiresAt().isAfter(now)) {
            // a link that no longer works (e.g. the event waited on a dead-letter topic) would only confuse
            record(mail, MailLog.Status.EXPIRED, commitAtOnce);
            count(mail, MailLog.Status.EXPIRED);
            log.info("Dropped {} mail to {} (event {}): its link expired at {}", mail.template().fileName(), to,
                    mail.eventId(), mail.expiresAt());
            return;
        }
        Map<String, String> values = new HashMap<>(mail.values());
        if (mail.expiresAt() != null) {
            values.put("expiry", Expiry.describe(mail.expiresAt(), now));
        }
        values.put("product", settings.productName());
        MailTemplates.RenderedMail rendered = templates.render(mail.template(), values);
        try {
            smtp.send(message -> compose(message, mail.recipient(), rendered));
        } catch (MailException e) {
            String failure = describe(e);
            mailLog.recordFailure(mail, failure);
            count(mail, MailLog.Status.FAILED);
            log.warn("Could not send {} mail to {} (event {}), will retry: {}", mail.template().fileName(), to,
                    mail.eventId(), failure);
            // without the cause: SMTP replies and the failed message name the recipient
            throw new MailNotSentException(mail.template().fileName() + " mail not sent: " + failure);
        }
        record(mail, MailLog.Status.SENT, commitAtOnce);
        count(mail, MailLog.Status.SENT);
        log.info("Sent {} mail to {} (event {})", mail.template().fileName(), to, mail.eventId());
    }

    private void record(OutgoingMail mail, MailLog.Status status, boolean commitAtOnce) {
        if (commitAtOnce) {
            mailLog.recordNow(mail, status);
        } else {
            mailLog.record(mail, status);
        }
    }

    private void compose(MimeMessage message, String recipient, MailTemplates.RenderedMail mail) throws MessagingException {
        message.setFrom(settings.sender());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no out-of-office replies to no-reply
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        MimeMultipart alternatives = new MimeMultipart("alternative"); // plainest first, preferred last
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
    }

    /** {@code notification_mails_total{template, status}}: a rising "failed" line means the SMTP relay is in trouble. */
    private void count(OutgoingMail mail, MailLog.Status status) {
        meters.counter("notification.mails", "template", mail.template().fileName(),
                "status", status.name().toLowerCase(Locale.ROOT)).increment();
    }

    /** The exception types of the chain, with messages that name no address. */
    static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            parts.add(t.getClass().getSimpleName()
                    + (message == null || message.contains("@") ? "" : ": " + message.strip().replaceAll("\\s+", " ")));
        }
        return String.join(" <- ", parts);
    }

    /** SMTP did not take the mail; the listener lets it propagate so the error handler retries the event. */
    static final class MailNotSentException extends RuntimeException {
        MailNotSentException(String message) {
            super(message);
        }
    }
}

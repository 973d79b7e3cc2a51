package io.tendlc.notification.mail;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.notification.members.OrganizationMembers;
import io.tendlc.notification.members.OrganizationMembers.Recipient;
import io.tendlc.notification.registry.RegistrationNotice;
import io.tendlc.notification.registry.RegistrationNotices;
import io.tendlc.platform.events.InboundEvents;
import io.tendlc.platform.privacy.Pii;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mails the news about an organization's brands and campaigns (approved, rejected, suspended) to its OWNERs and
 * ADMINs, one mail each. A failed send is thrown so the event is retried (and finally dead-lettered); the
 * recipients already mailed are not mailed again. A member whose address cannot take mail is skipped, not a reason
 * to hold back the others.
 */
@Component
class RegistrationMailListener {

    private static final Logger log = LoggerFactory.getLogger(RegistrationMailListener.class);

    private static final Map<RegistrationNotice.Kind, MailTemplate> TEMPLATES = Map.of(
            RegistrationNotice.Kind.BRAND_APPROVED, MailTemplate.BRAND_APPROVED,
            RegistrationNotice.Kind.BRAND_REJECTED, MailTemplate.BRAND_REJECTED,
            RegistrationNotice.Kind.BRAND_SUSPENDED, MailTemplate.BRAND_SUSPENDED,
            RegistrationNotice.Kind.CAMPAIGN_APPROVED, MailTemplate.CAMPAIGN_APPROVED,
            RegistrationNotice.Kind.CAMPAIGN_REJECTED, MailTemplate.CAMPAIGN_REJECTED,
            RegistrationNotice.Kind.CAMPAIGN_SUSPENDED, MailTemplate.CAMPAIGN_SUSPENDED);

    private final InboundEvents inbound;
    private final RegistrationNotices notices;
    private final OrganizationMembers members;
    private final Mailer mailer;
    private final MailSettings settings;
    private final MailedChanges mailed;

    RegistrationMailListener(InboundEvents inbound, RegistrationNotices notices, OrganizationMembers members,
                             Mailer mailer, MailSettings settings, MailedChanges mailed) {
        this.inbound = inbound;
        this.notices = notices;
        this.members = members;
        this.mailer = mailer;
        this.settings = settings;
        this.mailed = mailed;
    }

    @KafkaListener(id = "notification-registry-mail", topics = {Topics.BRANDS, Topics.CAMPAIGNS})
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.handle("notification.registry-mail", record, this::mail);
    }

    private void mail(EventEnvelope<?> event) {
        Optional<RegistrationNotice> found = notices.of(event);
        if (found.isEmpty()) {
            return;
        }
        RegistrationNotice notice = found.get();
        if (!mailed.claim(notice)) {
            log.info("Not mailing {} {} (event {}): this change, or a newer one, was mailed already",
                    notice.kind().wireName(), notice.subjectId(), event.id());
            return;
        }
        List<Recipient> recipients = members.administrators(notice.organizationId());
        if (recipients.isEmpty()) {
            log.warn("No owner or admin of organization {} is known; {} {} (event {}) is only in the app",
                    notice.organizationId(), notice.kind().wireName(), notice.subjectId(), event.id());
            return;
        }
        String link = settings.link(notice.link());
        for (Recipient recipient : recipients) {
            if (!deliverable(recipient.email())) {
                log.warn("Skipped {} mail to member {} of organization {} (event {}): {} is not a mail address",
                        notice.kind().wireName(), recipient.userId(), notice.organizationId(), event.id(),
                        Pii.maskEmail(recipient.email()));
                continue;
            }
            mailer.sendOnce(new OutgoingMail(event.id(), TEMPLATES.get(notice.kind()), notice.organizationId(),
                    recipient.userId(), recipient.email().strip(), null,
                    Map.of("title", notice.title(), "body", notice.body(), "link", link,
                            "role", IdentityMailListener.withArticle(recipient.role()))));
        }
    }

    private static boolean deliverable(String email) {
        try {
            new InternetAddress(email == null ? "" : email.strip(), true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}

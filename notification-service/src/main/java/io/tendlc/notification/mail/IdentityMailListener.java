package io.tendlc.notification.mail;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde.MalformedEventException;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.AccountMailRequested;
import io.tendlc.events.identity.InvitationCreated;
import io.tendlc.platform.events.InboundEvents;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the identity events that ask for a mail into mails: verification and password reset (auth-service)
 * and invitations (user-service). Every other event on those topics is none of our business. Each event is
 * handled once; an event that can never become a mail (no valid address, a link elsewhere than our own
 * site) is dead-lettered at once, while a failed send is thrown so the event is retried.
 */
@Component
class IdentityMailListener {

    private static final Map<String, MailTemplate> ACCOUNT_MAILS = Map.of(
            EventTypes.EMAIL_VERIFICATION_REQUESTED.name(), MailTemplate.EMAIL_VERIFICATION,
            EventTypes.PASSWORD_RESET_REQUESTED.name(), MailTemplate.PASSWORD_RESET);
    /** Names come from users; a subject line or greeting is no place for an essay. */
    private static final int MAX_NAME_LENGTH = 80;

    private final InboundEvents inbound;
    private final Mailer mailer;
    private final MailSettings settings;

    IdentityMailListener(InboundEvents inbound, Mailer mailer, MailSettings settings) {
        this.inbound = inbound;
        this.mailer = mailer;
        this.settings = settings;
    }

    @KafkaListener(id = "notification-account-mail", topics = Topics.USERS)
    void onUserEvent(ConsumerRecord<String, byte[]> record) {
        inbound.handle("notification.account-mail", record, event -> {
            MailTemplate template = ACCOUNT_MAILS.get(event.type());
            if (template != null && event.payload() instanceof AccountMailRequested request) {
                mailer.send(accountMail(event, template, request));
            }
        });
    }

    @KafkaListener(id = "notification-invitation-mail", topics = Topics.MEMBERSHIPS)
    void onMembershipEvent(ConsumerRecord<String, byte[]> record) {
        inbound.handle("notification.invitation-mail", record, event -> {
            if (EventTypes.INVITATION_CREATED.name().equals(event.type()) && event.payload() instanceof InvitationCreated invitation) {
                mailer.send(invitationMail(event, invitation));
            }
        });
    }

    private OutgoingMail accountMail(EventEnvelope<?> event, MailTemplate template, AccountMailRequested request) {
        String name = plain(request.name());
        return new OutgoingMail(event.id(), template, event.organizationId(), request.userId(),
                address(event, request.email()), expiry(event, request.expiresAt()),
                Map.of("name", name.isEmpty() ? "there" : name, "email", request.email().strip(),
                        "link", link(event, request.link())));
    }

    private OutgoingMail invitationMail(EventEnvelope<?> event, InvitationCreated invitation) {
        String inviter = plain(invitation.invitedByName());
        String organization = plain(invitation.organizationName());
        return new OutgoingMail(event.id(), MailTemplate.INVITATION,
                invitation.organizationId() != null ? invitation.organizationId() : event.organizationId(), null,
                address(event, invitation.email()), expiry(event, invitation.expiresAt()),
                Map.of("inviter", inviter.isEmpty() ? "Someone" : inviter,
                        "organization", organization.isEmpty() ? "their organization" : organization,
                        "role", withArticle(invitation.role()), "email", invitation.email().strip(),
                        "link", link(event, invitation.acceptLink())));
    }

    private static String address(EventEnvelope<?> event, String email) {
        try {
            new InternetAddress(email == null ? "" : email.strip(), true).validate();
            return email.strip();
        } catch (AddressException e) {
            throw new MalformedEventException(event.type() + " event " + event.id() + " has no valid recipient", null);
        }
    }

    private String link(EventEnvelope<?> event, String link) {
        if (!settings.isOwnLink(link)) {
            // the message says where links must point, never the link (it holds a token)
            throw new MalformedEventException(event.type() + " event " + event.id() + " has a link outside "
                    + settings.linkBase(), null);
        }
        return link;
    }

    private static Instant expiry(EventEnvelope<?> event, Instant expiresAt) {
        if (expiresAt == null) {
            throw new MalformedEventException(event.type() + " event " + event.id() + " has no expiry", null);
        }
        return expiresAt;
    }

    /** One line of printable text, shortened: names end up in subject lines. */
    static String plain(String value) {
        if (value == null) {
            return "";
        }
        String line = value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= MAX_NAME_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_NAME_LENGTH - 1)).strip() + "…";
    }

    /** {@code ADMIN -> "an Admin"}. */
    static String withArticle(String role) {
        String name = plain(role).toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return "a member";
        }
        String titled = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + titled;
    }
}

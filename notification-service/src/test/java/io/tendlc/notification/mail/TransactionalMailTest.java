package io.tendlc.notification.mail;

import io.tendlc.embedded.ReceivedMail;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.AccountMailRequested;
import io.tendlc.events.identity.InvitationCreated;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.events.identity.UserEmailVerified;
import io.tendlc.platform.privacy.Pii;
import io.tendlc.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tendlc.events.EventTypes.EMAIL_VERIFICATION_REQUESTED;
import static io.tendlc.events.EventTypes.INVITATION_CREATED;
import static io.tendlc.events.EventTypes.MEMBERSHIP_CREATED;
import static io.tendlc.events.EventTypes.PASSWORD_RESET_REQUESTED;
import static io.tendlc.events.EventTypes.USER_CREATED;
import static io.tendlc.events.EventTypes.USER_EMAIL_VERIFIED;
import static io.tendlc.notification.mail.Inbox.awaitMailTo;
import static io.tendlc.notification.mail.Inbox.mailTo;
import static io.tendlc.notification.mail.Inbox.newAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The identity mails, end to end: events on Kafka as the services publish them, mail through the real SMTP
 * client into the embedded SMTP server, the mail log in PostgreSQL.
 */
@PlatformIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TransactionalMailTest {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    IdentityEvents events;

    @BeforeEach
    void publisher() {
        events = new IdentityEvents(kafka);
    }

    @Test
    void theVerificationMailCarriesTheLinkAsAButtonAndAsTextAndSaysWhenItExpires(CapturedOutput output) {
        UUID userId = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        String email = newAddress("jane");
        String token = secret();
        String link = BASE + "/verify-email?token=" + token;

        EventEnvelope<AccountMailRequested> event = events.publish(EMAIL_VERIFICATION_REQUESTED, org, userId.toString(),
                new AccountMailRequested(userId, email, "Jane <b>Doe</b>", link, Instant.now().plus(Duration.ofHours(24))));

        ReceivedMail mail = awaitMailTo(email);
        assertThat(mail.subject()).isEqualTo("Verify your email address");
        assertThat(mail.from()).isEqualTo("10DLC Platform <no-reply@tendlc.local>");
        assertThat(mail.to()).containsExactly(email);
        MailParts parts = MailParts.of(mail);
        assertThat(parts.textType()).startsWith("text/plain").containsIgnoringCase("charset=utf-8");
        assertThat(parts.text()).contains("Hi Jane <b>Doe</b>,", email, "\n" + link + "\n", "The link expires in 24 hours (");
        assertThat(parts.htmlType()).startsWith("text/html");
        assertThat(parts.html())
                .contains("<a href=\"" + link + "\" style=", ">Verify email address</a>", ">" + link + "</a>")
                .contains("Hi Jane &lt;b&gt;Doe&lt;/b&gt;,", "expires in 24 hours")
                .doesNotContain("<b>Doe");

        Map<String, Object> logged = awaitLogged(event.id(), "sent").getFirst();
        assertThat(logged).containsEntry("template", "email-verification").containsEntry("user_id", userId)
                .containsEntry("organization_id", org).containsEntry("recipient_masked", Pii.maskEmail(email))
                .containsEntry("recipient_hash", MailLog.hash(email.toUpperCase()));
        assertThat(logged.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(token, email));
        await().untilAsserted(() -> assertThat(output.getAll())
                .contains("Sent email-verification mail to " + Pii.maskEmail(email) + " (event " + event.id() + ")"));
        assertThat(output.getAll()).doesNotContain(token);
    }

    @Test
    void thePasswordResetMailEscapesItsLinkInHtmlOnly() {
        UUID userId = UUID.randomUUID();
        String email = newAddress("reset");
        String link = BASE + "/reset-password?token=" + secret() + "&source=mail";

        events.publish(PASSWORD_RESET_REQUESTED, null, userId.toString(),
                new AccountMailRequested(userId, email, null, link, Instant.now().plus(Duration.ofMinutes(30))));

        ReceivedMail mail = awaitMailTo(email);
        assertThat(mail.subject()).isEqualTo("Reset your password");
        MailParts parts = MailParts.of(mail);
        assertThat(parts.text()).contains("Hi there,", link, "The link works once and expires in 30 minutes (");
        assertThat(parts.html()).contains("href=\"" + link.replace("&", "&amp;") + "\"", ">Choose a new password</a>")
                .doesNotContain(link);
    }

    @Test
    void theInvitationMailNamesTheInviterTheOrganizationAndTheRole() {
        UUID org = UUID.randomUUID();
        String email = newAddress("invitee");
        String link = BASE + "/accept-invitation?token=" + secret();

        EventEnvelope<InvitationCreated> event = events.publish(INVITATION_CREATED, org, org.toString(),
                new InvitationCreated(UUID.randomUUID(), org, "Acme & Co", email, "ADMIN", "Ada <Admin>\r\nBcc: x",
                        link, Instant.now().plus(Duration.ofDays(7))));

        ReceivedMail mail = awaitMailTo(email);
        assertThat(mail.subject()).isEqualTo("Ada <Admin> Bcc: x invited you to Acme & Co on 10DLC Platform");
        MailParts parts = MailParts.of(mail);
        assertThat(parts.text()).contains("Ada <Admin> Bcc: x invited you (" + email + ") to join Acme & Co on 10DLC "
                + "Platform as an Admin.", link, "The invitation expires in 7 days (");
        assertThat(parts.html()).contains("Acme &amp; Co", "Ada &lt;Admin&gt;", "href=\"" + link + "\"",
                ">Accept the invitation</a>");
        assertThat(awaitLogged(event.id(), "sent").getFirst()).containsEntry("template", "invitation")
                .containsEntry("organization_id", org).containsEntry("user_id", null);
    }

    @Test
    void otherEventsOnTheTopicsSendNothingAndPoisonEventsAreDeadLettered() {
        UUID userId = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        String key = userId.toString();
        String email = newAddress("quiet");
        String marker = newAddress("marker");
        Instant later = Instant.now().plus(Duration.ofHours(1));

        events.publish(USER_CREATED, org, key, new UserCreated(userId, org, email, "Quiet", "Org", "OWNER"));
        events.publish(USER_EMAIL_VERIFIED, org, key, new UserEmailVerified(userId, email));
        EventEnvelope<Object> unknown = events.publishUnknown(Topics.USERS, "auth.mfa_enrolled", key,
                Map.of("userId", userId, "email", email, "link", BASE + "/verify-email?token=x"));
        EventEnvelope<AccountMailRequested> phishing = events.publish(EMAIL_VERIFICATION_REQUESTED, org, key,
                new AccountMailRequested(userId, email, "Quiet", "https://evil.example/verify-email?token=" + secret(), later));
        EventEnvelope<AccountMailRequested> noAddress = events.publish(PASSWORD_RESET_REQUESTED, org, key,
                new AccountMailRequested(userId, "not an address", "Quiet", BASE + "/reset-password?token=x", later));
        events.publish(MEMBERSHIP_CREATED, org, org.toString(), new MembershipChanged(org, userId, email, "ADMIN"));
        // the same keys as above, so the same partitions: once these arrive, everything before them was handled
        events.publish(EMAIL_VERIFICATION_REQUESTED, org, key,
                new AccountMailRequested(userId, marker, "Marker", BASE + "/verify-email?token=" + secret(), later));
        events.publish(INVITATION_CREATED, org, org.toString(), new InvitationCreated(UUID.randomUUID(), org, "Org",
                marker, "VIEWER", "Quiet", BASE + "/accept-invitation?token=" + secret(), later));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(marker).size() == 2);
        assertThat(mailTo(email)).isEmpty();
        for (UUID poison : List.of(unknown.id(), phishing.id(), noAddress.id())) {
            assertThat(DeadLetterTopic.await(Topics.USERS, poison, Duration.ofSeconds(30)).value()).isNotEmpty();
            assertThat(logged(poison)).isEmpty();
        }
    }

    @Test
    void aRedeliveredEventSendsOneMail() {
        UUID userId = UUID.randomUUID();
        String key = userId.toString();
        String email = newAddress("once");
        String marker = newAddress("after");
        Instant later = Instant.now().plus(Duration.ofHours(1));

        EventEnvelope<AccountMailRequested> event = events.publish(EMAIL_VERIFICATION_REQUESTED, null, key,
                new AccountMailRequested(userId, email, "Once", BASE + "/verify-email?token=" + secret(), later));
        events.publish(Topics.USERS, event);
        events.publish(Topics.USERS, event);
        events.publish(EMAIL_VERIFICATION_REQUESTED, null, key,
                new AccountMailRequested(userId, marker, "After", BASE + "/verify-email?token=" + secret(), later));

        awaitMailTo(marker);
        assertThat(mailTo(email)).hasSize(1);
        assertThat(logged(event.id())).hasSize(1);
    }

    @Test
    void aMailWhoseLinkExpiredBeforeItCouldBeSentIsDroppedAndLogged() {
        UUID userId = UUID.randomUUID();
        String key = userId.toString();
        String email = newAddress("late");
        String marker = newAddress("in-time");

        EventEnvelope<AccountMailRequested> stale = events.publish(PASSWORD_RESET_REQUESTED, null, key,
                new AccountMailRequested(userId, email, "Late", BASE + "/reset-password?token=" + secret(),
                        Instant.now().minusSeconds(60)));
        events.publish(PASSWORD_RESET_REQUESTED, null, key, new AccountMailRequested(userId, marker, "In time",
                BASE + "/reset-password?token=" + secret(), Instant.now().plus(Duration.ofMinutes(30))));

        awaitMailTo(marker);
        assertThat(mailTo(email)).isEmpty();
        assertThat(awaitLogged(stale.id(), "expired")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("template", "password-reset"));
    }

    private List<Map<String, Object>> logged(UUID eventId) {
        return jdbc.sql("select * from mail_log where event_id = ? order by sent_at").param(eventId).query().listOfRows();
    }

    private List<Map<String, Object>> awaitLogged(UUID eventId, String status) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> logged(eventId).stream().filter(row -> status.equals(row.get("status"))).toList(),
                        rows -> !rows.isEmpty());
    }

    private static String secret() {
        return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }
}

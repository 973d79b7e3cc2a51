package io.tendlc.notification.mail;

import io.tendlc.embedded.ReceivedMail;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.events.identity.UserUpdated;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.notification.TestOrganization;
import io.tendlc.notification.TestOrganization.Member;
import io.tendlc.platform.privacy.Pii;
import io.tendlc.platform.test.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tendlc.events.EventTypes.BRAND_APPROVED;
import static io.tendlc.events.EventTypes.BRAND_REJECTED;
import static io.tendlc.events.EventTypes.BRAND_SUSPENDED;
import static io.tendlc.events.EventTypes.CAMPAIGN_REJECTED;
import static io.tendlc.events.EventTypes.MEMBERSHIP_UPDATED;
import static io.tendlc.events.EventTypes.USER_UPDATED;
import static io.tendlc.notification.mail.Inbox.awaitMailTo;
import static io.tendlc.notification.mail.Inbox.mailTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mails about brands and campaigns: to every OWNER and ADMIN of the organization (as the membership events
 * say), once per change, not to other members; names escaped in HTML; retries mail only who was not mailed yet.
 */
@PlatformIntegrationTest
class RegistrationMailTest {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    TestOrganization org;
    Member owner;
    Member admin;
    Member manager;
    Member formerAdmin;

    @BeforeEach
    void organization() {
        org = new TestOrganization(kafka, jdbc);
        owner = org.member("owner", "OWNER");
        admin = org.member("admin", "ADMIN");
        manager = org.member("manager", "MANAGER");
        formerAdmin = org.member("former", "ADMIN");
        org.remove(formerAdmin);
        org.awaitMembers(1);
    }

    @AfterEach
    void smtpUp() {
        SmtpGate.shared().up();
    }

    @Test
    void anApprovedBrandIsMailedToEachOwnerAndAdminWithItsNameEscaped() {
        UUID brand = UUID.randomUUID();
        EventEnvelope<BrandChanged> event = org.brand(BRAND_APPROVED, brand, "Bea's <b>Bakery</b>",
                "Bea's Bakery & Co", "VERIFIED", null, TestOrganization.now());

        ReceivedMail toOwner = awaitMailTo(owner.email());
        ReceivedMail toAdmin = awaitMailTo(admin.email());
        assertThat(toOwner.subject()).isEqualTo("Brand Bea's <b>Bakery</b> approved");
        assertThat(toOwner.from()).isEqualTo("10DLC Platform <no-reply@tendlc.local>");
        MailParts parts = MailParts.of(toOwner);
        String link = BASE + "/brands/" + brand;
        assertThat(parts.text()).contains("Hi,", "The Campaign Registry verified the identity of Bea's Bakery & Co. "
                + "You can now register campaigns for this brand.", "\n" + link + "\n", "as an Owner of the organization");
        assertThat(parts.html()).contains("Brand Bea&#39;s &lt;b&gt;Bakery&lt;/b&gt; approved", "Bea&#39;s Bakery &amp; Co",
                "href=\"" + link + "\"", ">Open the brand</a>").doesNotContain("<b>Bakery");
        assertThat(MailParts.of(toAdmin).text()).contains("as an Admin of the organization");

        assertThat(mailTo(manager.email())).as("a manager hears of it in the app only").isEmpty();
        assertThat(mailTo(formerAdmin.email())).as("no longer a member").isEmpty();
        List<Map<String, Object>> logged = logged(event.id());
        assertThat(logged).hasSize(2).allSatisfy(row -> assertThat(row).containsEntry("template", "brand-approved")
                .containsEntry("status", "sent").containsEntry("organization_id", org.id));
        assertThat(logged).extracting(row -> row.get("recipient_masked"))
                .containsExactlyInAnyOrder(Pii.maskEmail(owner.email()), Pii.maskEmail(admin.email()));
    }

    @Test
    void aCampaignRejectionNamesItsBrandAndCarriesTheReason() {
        UUID brand = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        org.brand(BRAND_APPROVED, brand, "Acme", "Acme Inc", "VERIFIED", null, TestOrganization.now());
        awaitMailTo(owner.email());
        org.awaitBrandName(brand);

        org.campaign(CAMPAIGN_REJECTED, campaign, brand, Map.of("ATT", "REJECTED", "TMOBILE", "REJECTED",
                "VERIZON", "REJECTED"), "Sample 1 uses a public URL shortener (bit.ly)", TestOrganization.now());

        ReceivedMail mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(owner.email()), m -> m.size() == 2)
                .get(1);
        assertThat(mail.subject()).isEqualTo("Account notification campaign of Acme rejected");
        assertThat(MailParts.of(mail).text()).contains("Rejected by AT&T, T-Mobile and Verizon: Sample 1 uses a public "
                + "URL shortener (bit.ly). Fix the campaign and resubmit it.", BASE + "/campaigns/" + campaign,
                "Review and resubmit the campaign in the dashboard:");
    }

    @Test
    void roleChangesAndNewAddressesAreFollowed() {
        IdentityEvents events = new IdentityEvents(kafka);
        String ownersNewAddress = Inbox.newAddress("owner-new");
        events.publish(MEMBERSHIP_UPDATED, org.id, org.id.toString(),
                new MembershipChanged(org.id, manager.userId(), manager.email(), "ADMIN"));
        events.publish(MEMBERSHIP_UPDATED, org.id, org.id.toString(),
                new MembershipChanged(org.id, admin.userId(), admin.email(), "AGENT"));
        events.publish(USER_UPDATED, null, owner.userId().toString(),
                new UserUpdated(owner.userId(), ownersNewAddress, "Owner", "America/New_York", true));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select count(*) from org_member where organization_id = ? and (email = ? or role = 'AGENT')")
                .params(org.id, ownersNewAddress).query(Integer.class).single() == 2);

        org.brand(BRAND_APPROVED, UUID.randomUUID(), "Moved", "Moved Inc", "VERIFIED", null, TestOrganization.now());

        assertThat(awaitMailTo(ownersNewAddress).subject()).isEqualTo("Brand Moved approved");
        assertThat(MailParts.of(awaitMailTo(manager.email())).text()).contains("as an Admin of the organization");
        assertThat(mailTo(owner.email())).isEmpty();
        assertThat(mailTo(admin.email())).isEmpty();
    }

    @Test
    void theSameChangeIsMailedOnceAndAStaleOneNotAtAll() {
        UUID brand = UUID.randomUUID();
        Instant t0 = TestOrganization.now();
        EventEnvelope<BrandChanged> approved = org.brand(BRAND_APPROVED, brand, "Once", "Once Inc", "VERIFIED", null,
                t0.plusSeconds(10));
        org.redeliver(Topics.BRANDS, approved);
        org.brand(BRAND_APPROVED, brand, "Once", "Once Inc", "VERIFIED", null, t0.plusSeconds(10));
        // older than the approval (a dead letter replayed late): an "approved" mail followed by this would confuse
        org.brand(BRAND_REJECTED, brand, "Once", "Once Inc", "UNVERIFIED", "stale", t0);
        org.brand(BRAND_SUSPENDED, brand, "Once", "Once Inc", "VERIFIED", "marker", t0.plusSeconds(20));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(admin.email()).size() == 2);
        assertThat(mailTo(admin.email())).extracting(ReceivedMail::subject)
                .containsExactly("Brand Once approved", "Brand Once suspended");
        assertThat(mailTo(owner.email())).hasSize(2);
    }

    @Test
    void aRetryMailsOnlyTheRecipientsTheFailedAttemptDidNotReach() {
        UUID brand = UUID.randomUUID();
        EventEnvelope<BrandChanged> event = EventEnvelope.of(BRAND_REJECTED, org.id, brand.toString(),
                new BrandChanged(brand, org.id, "BRETRY1", "Retry", "Retry Inc", "PRIVATE_PROFIT", "UNVERIFIED", null,
                        "REJECTED", "EIN does not match the legal name", TestOrganization.now()));
        // as an attempt that reached the owner, then failed on the admin, leaves the log (the rest was rolled back)
        jdbc.sql("""
                        insert into mail_log (id, event_id, organization_id, user_id, template, recipient_masked,
                                              recipient_hash, status)
                        values (?, ?, ?, ?, 'brand-rejected', ?, ?, 'sent')""")
                .params(UUID.randomUUID(), event.id(), org.id, owner.userId(), Pii.maskEmail(owner.email()),
                        MailLog.hash(owner.email())).update();

        org.redeliver(Topics.BRANDS, event);

        assertThat(MailParts.of(awaitMailTo(admin.email())).text()).contains("EIN does not match the legal name.");
        assertThat(mailTo(owner.email())).isEmpty();
    }

    @Test
    void anSmtpOutageDelaysTheMailsButNotTheInAppNotification() {
        UUID brand = UUID.randomUUID();
        SmtpGate.shared().down();

        org.brand(BRAND_APPROVED, brand, "Patient", "Patient Inc", "VERIFIED", null, TestOrganization.now());

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from notification where subject_id = ?").param(brand).query(Integer.class).single() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select count(*) from mail_log where organization_id = ? and status = 'failed'")
                .param(org.id).query(Integer.class).single() > 0);
        SmtpGate.shared().up();
        awaitMailTo(owner.email());
        awaitMailTo(admin.email());
    }

    private List<Map<String, Object>> logged(UUID eventId) {
        return jdbc.sql("select * from mail_log where event_id = ? order by sent_at").param(eventId).query().listOfRows();
    }
}

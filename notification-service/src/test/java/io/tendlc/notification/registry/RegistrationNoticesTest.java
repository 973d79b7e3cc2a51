package io.tendlc.notification.registry;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde.MalformedEventException;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.events.registry.CampaignChanged;
import io.tendlc.notification.registry.RegistrationNotice.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationNoticesTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID BRAND = UUID.randomUUID();
    static final UUID CAMPAIGN = UUID.randomUUID();
    static final Instant CHANGED = Instant.parse("2026-03-03T14:05:06.123456789Z");

    /** The projection of brand names, without a database: it knows one brand of {@link #ORG}. */
    final RegistrationNotices notices = new RegistrationNotices(new BrandNames(null) {
        @Override
        Optional<String> of(UUID organizationId, UUID brandId) {
            return ORG.equals(organizationId) && BRAND.equals(brandId) ? Optional.of("Bea's Bakery") : Optional.empty();
        }
    });

    @Test
    void anApprovedBrandSaysWhoVerifiedItAndWhatComesNext() {
        RegistrationNotice notice = notice(EventTypes.BRAND_APPROVED,
                brand("Bea's Bakery", "Bea's Bakery LLC", "VERIFIED", null, "APPROVED", null));

        assertThat(notice.kind()).isEqualTo(Kind.BRAND_APPROVED);
        assertThat(notice.kind().wireName()).isEqualTo("brand.approved");
        assertThat(notice.organizationId()).isEqualTo(ORG);
        assertThat(notice.subjectId()).isEqualTo(BRAND);
        assertThat(notice.title()).isEqualTo("Brand Bea's Bakery approved");
        assertThat(notice.body()).isEqualTo("The Campaign Registry verified the identity of Bea's Bakery LLC. "
                + "You can now register campaigns for this brand.");
        assertThat(notice.link()).isEqualTo("/brands/" + BRAND);
        assertThat(notice.createdAt()).as("PostgreSQL's precision").isEqualTo("2026-03-03T14:05:06.123456Z");

        assertThat(notice(EventTypes.BRAND_APPROVED, brand("Acme", "Acme Inc", "VETTED_VERIFIED", 82, "APPROVED", null))
                .body()).startsWith("The Campaign Registry verified and vetted Acme Inc (vetting score 82).");
    }

    @Test
    void aRejectedOrSuspendedBrandGivesTheReason() {
        RegistrationNotice rejected = notice(EventTypes.BRAND_REJECTED,
                brand("Acme", "Acme MISMATCH Inc", "UNVERIFIED", null, "REJECTED", "EIN does not match the legal name."));
        assertThat(rejected.title()).isEqualTo("Brand Acme not verified");
        assertThat(rejected.body()).isEqualTo("The Campaign Registry could not verify the identity of Acme MISMATCH Inc: "
                + "EIN does not match the legal name. Correct the brand's details and resubmit it.");

        RegistrationNotice suspended = notice(EventTypes.BRAND_SUSPENDED,
                brand("Acme", "Acme Inc", "VERIFIED", null, "SUSPENDED", null));
        assertThat(suspended.title()).isEqualTo("Brand Acme suspended");
        assertThat(suspended.body()).isEqualTo("Acme was suspended. Its campaigns cannot send messages until the "
                + "suspension is lifted.");
    }

    @Test
    void aCampaignIsNamedByItsUseCaseAndBrandAndCarriesItsLimits() {
        RegistrationNotice approved = notice(EventTypes.CAMPAIGN_APPROVED, campaign(BRAND, "ACCOUNT_NOTIFICATION",
                Map.of("ATT", "APPROVED", "TMOBILE", "APPROVED", "VERIZON", "APPROVED"), 4500, 200000, null));
        assertThat(approved.title()).isEqualTo("Account notification campaign of Bea's Bakery approved");
        assertThat(approved.body()).isEqualTo("Every carrier approved it. Its limits: 4,500 messages a minute on AT&T, "
                + "200,000 segments a day on T-Mobile (for the brand). Assign phone numbers to it to start sending.");
        assertThat(approved.link()).isEqualTo("/campaigns/" + CAMPAIGN);
        assertThat(approved.subjectId()).isEqualTo(CAMPAIGN);

        RegistrationNotice unknownBrand = notice(EventTypes.CAMPAIGN_APPROVED,
                campaign(UUID.randomUUID(), "2FA", Map.of(), null, null, null));
        assertThat(unknownBrand.title()).isEqualTo("2FA campaign of your brand approved");
        assertThat(unknownBrand.body()).isEqualTo("Every carrier approved it. Assign phone numbers to it to start sending.");
    }

    @Test
    void aRejectedOrSuspendedCampaignNamesTheCarriersAndTheReason() {
        RegistrationNotice rejected = notice(EventTypes.CAMPAIGN_REJECTED, campaign(BRAND, "MARKETING",
                Map.of("ATT", "REJECTED", "TMOBILE", "REVIEW", "VERIZON", "REJECTED"), null, null,
                "Sample 1 uses a public URL shortener (bit.ly)"));
        assertThat(rejected.title()).isEqualTo("Marketing campaign of Bea's Bakery rejected");
        assertThat(rejected.body()).isEqualTo("Rejected by AT&T and Verizon: Sample 1 uses a public URL shortener "
                + "(bit.ly). Fix the campaign and resubmit it.");

        assertThat(notice(EventTypes.CAMPAIGN_REJECTED, campaign(BRAND, "K12_EDUCATION", null, null, null,
                "brand not verified")).body())
                .isEqualTo("The Campaign Registry refused it: brand not verified. Fix the campaign and resubmit it.");

        RegistrationNotice suspended = notice(EventTypes.CAMPAIGN_SUSPENDED, campaign(BRAND, "MIXED",
                Map.of("ATT", "APPROVED", "TMOBILE", "SUSPENDED", "VERIZON", "APPROVED"), null, null, "spam complaints"));
        assertThat(suspended.title()).isEqualTo("Mixed campaign of Bea's Bakery suspended");
        assertThat(suspended.body()).isEqualTo("Suspended by T-Mobile: spam complaints. Messages from its numbers are "
                + "refused until it is reinstated.");
    }

    @Test
    void otherChangesAreNewsToNobody() {
        for (EventType<BrandChanged> type : java.util.List.of(EventTypes.BRAND_REGISTERED, EventTypes.BRAND_UPDATED,
                EventTypes.BRAND_DELETED)) {
            assertThat(notices.of(EventEnvelope.of(type, ORG, BRAND.toString(),
                    brand("Acme", "Acme", "SELF_DECLARED", null, "PENDING", null)))).isEmpty();
        }
        assertThat(notices.of(EventEnvelope.of(EventTypes.CAMPAIGN_EXPIRED, ORG, CAMPAIGN.toString(),
                campaign(BRAND, "MIXED", Map.of(), null, null, null)))).isEmpty();
    }

    @Test
    void namesAndReasonsBecomeOneShortLine() {
        RegistrationNotice notice = notice(EventTypes.BRAND_REJECTED, brand("Acme\r\nBcc: x@example.com " + "y".repeat(100),
                null, "UNVERIFIED", null, "REJECTED", "  no 501(c)\nstatus found.. "));
        assertThat(notice.title()).startsWith("Brand Acme Bcc: x@example.com yyy").endsWith("… not verified")
                .doesNotContain("\n", "\r");
        assertThat(notice.body()).contains(": no 501(c) status found. Correct");
    }

    @Test
    void anEventWithoutItsSubjectOrOrganizationIsPoison() {
        BrandChanged noBrand = new BrandChanged(null, ORG, null, "Acme", "Acme", "PRIVATE_PROFIT", "VERIFIED", null,
                "APPROVED", null, CHANGED);
        assertThatThrownBy(() -> notices.of(EventEnvelope.of(EventTypes.BRAND_APPROVED, ORG, "x", noBrand)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("names no brand");
        BrandChanged noOrganization = new BrandChanged(BRAND, null, null, "Acme", "Acme", "PRIVATE_PROFIT", "VERIFIED",
                null, "APPROVED", null, CHANGED);
        assertThatThrownBy(() -> notices.of(EventEnvelope.of(EventTypes.BRAND_APPROVED, null, "x", noOrganization)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("names no organization");
        assertThatThrownBy(() -> notices.of(EventEnvelope.of(EventTypes.BRAND_APPROVED, UUID.randomUUID(), "x",
                brand("Acme", "Acme", "VERIFIED", null, "APPROVED", null))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("names two organizations");
    }

    private RegistrationNotice notice(EventType<?> type, Object payload) {
        @SuppressWarnings("unchecked")
        EventType<Object> any = (EventType<Object>) type;
        return notices.of(EventEnvelope.of(any, ORG, UUID.randomUUID().toString(), payload)).orElseThrow();
    }

    static BrandChanged brand(String displayName, String companyName, String identityStatus, Integer score,
                              String status, String reason) {
        return new BrandChanged(BRAND, ORG, "BABC123", displayName, companyName, "PRIVATE_PROFIT", identityStatus,
                score, status, reason, CHANGED);
    }

    static CampaignChanged campaign(UUID brandId, String usecase, Map<String, String> carriers, Integer att,
                                    Integer tmobile, String reason) {
        return new CampaignChanged(CAMPAIGN, ORG, brandId, "CABC123", usecase, "APPROVED", carriers, att, tmobile,
                reason, CHANGED);
    }
}

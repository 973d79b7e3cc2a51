package io.tendlc.simulators.tcr;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierReviewTest {

    private static final TcrKnobs BY_RULE = new TcrKnobs(0, 0, 0, 0, false, 0, null, null, Map.of());

    @ParameterizedTest
    @ValueSource(strings = {"https://bit.ly/x1", "BIT.LY/x1", "tinyurl.com/abc", "goo.gl/abc", "http://t.co/abc",
            "ow.ly/abc", "is.gd/abc", "buff.ly/abc", "see bit.ly.", "(t.co/x)"})
    void publicUrlShortenersAreFound(String link) {
        assertThat(CarrierReview.rejectionReason(campaign("Acme: deals at " + link + " Reply STOP to opt out.", false)))
                .contains("URL shortener");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.example/deals", "what.com/x", "at.co/x", "https://t.com/x",
            "mybit.ly.example.com/x", "history.gd"})
    void ownDomainsAndLookAlikesAreNotShorteners(String link) {
        assertThat(CarrierReview.rejectionReason(campaign("Acme: deals at " + link + " Reply STOP to opt out.", false)))
                .isNull();
    }

    @Test
    void shaftContentNeedsAnAgeGateAndSomeIsNeverAllowed() {
        assertThat(CarrierReview.rejectionReason(campaign("Acme: craft beer tasting tonight, reply STOP to end", false)))
                .contains("SHAFT content (beer)");
        assertThat(CarrierReview.rejectionReason(campaign("Acme: craft beer tasting tonight, reply STOP to end", true)))
                .isNull();
        assertThat(CarrierReview.rejectionReason(campaign("Acme: new vape flavours in store, reply STOP to end", true)))
                .contains("Prohibited content (vape)");
        assertThat(CarrierReview.rejectionReason(campaign("Acme: our forum and Sussex store are open, reply STOP to end", false)))
                .isNull();
    }

    @Test
    void politicalCampaignsStayInReviewAndKnobsWin() {
        CampaignRequest political = withUsecase(campaign("Vote on Tuesday, reply STOP to opt out", false), "POLITICAL");
        assertThat(CarrierReview.decide(political, Carrier.ATT, BY_RULE).status()).isEqualTo("REVIEW");
        assertThat(CarrierReview.decide(campaign("Hello from Acme, reply STOP", false), Carrier.ATT, BY_RULE).status())
                .isEqualTo("APPROVED");

        TcrKnobs forced = new TcrKnobs(0, 0, 0, 0, false, 0, null, "SUSPENDED", Map.of("10037", "APPROVED"));
        assertThat(CarrierReview.decide(political, Carrier.TMOBILE, forced).status()).isEqualTo("SUSPENDED");
        assertThat(CarrierReview.decide(political, Carrier.VERIZON, forced).status()).isEqualTo("APPROVED");
    }

    private static CampaignRequest campaign(String sample, boolean ageGated) {
        return new CampaignRequest("BAAAAAA", "MARKETING", List.of(), "A description of the campaign, long enough.",
                "Customers opt in on the website by ticking a box.", sample, "Acme: second sample, reply STOP to end",
                null, null, null, null, null, null, null, null, null, true, true, true, false, null, false, false,
                ageGated, false, false, null, null, true, null);
    }

    private static CampaignRequest withUsecase(CampaignRequest campaign, String usecase) {
        return campaign.mergedWith(new CampaignRequest(null, usecase, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null));
    }
}

package io.tendlc.compliance.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tendlc.compliance.rules.Finding.Severity.ERROR;
import static io.tendlc.compliance.rules.Finding.Severity.WARNING;
import static io.tendlc.compliance.rules.Fixtures.caught;
import static io.tendlc.compliance.rules.Fixtures.campaign;
import static io.tendlc.compliance.rules.Fixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

class ContentRulesTest {

    private static Fixtures.CampaignDraft sampleSaying(String content) {
        return campaign().samples("Acme Flowers: " + content + " at https://acmeflowers.com/shop. Reply STOP to opt "
                + "out.", "Acme Flowers: roses are back in stock at https://acmeflowers.com/roses. Reply STOP to opt "
                + "out.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"new CBD gummies in store", "vape pens 2 for 1", "our cannabis edibles are back",
            "fresh cigars and tobacco", "sexy lingerie for adults", "escorts available tonight"})
    void tobaccoVapeCannabisAndSexAreNeverAllowed(String content) {
        var c = sampleSaying(content);
        c.ageGated = true;
        caught(c.check(), "shaft-prohibited", ERROR, "samples[0]");
        assertThat(Fixtures.of("shaft-prohibited", c.check())).allMatch(f -> !f.resubmittable());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Essex and Sussex deliveries have begun", "glue guns and nail guns 10% off",
            "nude heels and cocktail dresses are back", "appointment slots are open", "XXX-XXX order reference",
            "hookup fees waived for new water service", "returns guaranteed within 30 days"})
    void ordinaryWordsAreNotShaftOrHighRisk(String content) {
        var c = sampleSaying(content);
        clean(c.check(), "shaft-prohibited");
        clean(c.check(), "shaft-age-gate");
        clean(c.check(), "high-risk-financial");
    }

    @Test
    void goodCampaignHasNoRestrictedContent() {
        clean(campaign().check(), "shaft-prohibited");
        clean(campaign().check(), "shaft-age-gate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wine pairing night", "craft beer tasting", "20% off all handguns", "ammo restock"})
    void alcoholAndFirearmsOnlyWithAnAgeGate(String content) {
        var c = sampleSaying(content);
        caught(c.check(), "shaft-age-gate", ERROR, "samples[0]");
        assertThat(Fixtures.of("shaft-age-gate", c.check())).allMatch(f -> !f.resubmittable());
        c.ageGated = true;
        clean(c.check(), "shaft-age-gate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"need a payday loan", "debt relief in 30 days", "fix your score with credit repair",
            "buy crypto now", "spin the slots at our casino", "get rich working from home"})
    void highRiskFinancialContent(String content) {
        var c = sampleSaying(content);
        caught(c.check(), "high-risk-financial", ERROR, "samples[0]");
        clean(campaign().check(), "high-risk-financial");
    }

    @Test
    void directLending() {
        var declared = campaign();
        declared.directLending = true;
        caught(declared.check(), "direct-lending", WARNING, "directLending");
        var undeclared = sampleSaying("your auto loan payment is due");
        caught(undeclared.check(), "direct-lending", WARNING, "directLending");
        clean(campaign().check(), "direct-lending");
    }

    @Test
    void affiliateMarketingIsRefused() {
        var c = campaign();
        c.affiliateMarketing = true;
        caught(c.check(), "affiliate-marketing", ERROR, "affiliateMarketing");
        assertThat(Fixtures.of("affiliate-marketing", c.check()).getFirst().resubmittable()).isFalse();
        clean(campaign().check(), "affiliate-marketing");
    }
}

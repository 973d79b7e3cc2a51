package io.tendlc.compliance.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tendlc.compliance.rules.Finding.Severity.ERROR;
import static io.tendlc.compliance.rules.Finding.Severity.WARNING;
import static io.tendlc.compliance.rules.Fixtures.caught;
import static io.tendlc.compliance.rules.Fixtures.campaign;
import static io.tendlc.compliance.rules.Fixtures.clean;

class SampleRulesTest {

    private static final String GOOD = "Acme Flowers: your order ships today. Reply STOP to opt out.";

    @Test
    void twoToFiveSamples() {
        caught(campaign().samples(GOOD).check(), "sample-count", ERROR, "samples");
        caught(campaign().samples(GOOD, " ", "").check(), "sample-count", ERROR, "samples");
        caught(campaign().samples(GOOD, GOOD + " 2", GOOD + " 3", GOOD + " 4", GOOD + " 5", GOOD + " 6").check(),
                "sample-count", ERROR, "samples");
        var none = campaign();
        none.samples = null;
        caught(none.check(), "sample-count", ERROR, "samples");
        clean(campaign().check(), "sample-count");
    }

    @Test
    void sampleLength() {
        var findings = campaign().samples(GOOD, "Acme: sale! STOP").check();
        caught(findings, "sample-length", ERROR, "samples[1]");
        caught(campaign().samples(GOOD, GOOD + "x".repeat(1000)).check(), "sample-length", ERROR, "samples[1]");
        clean(campaign().check(), "sample-length");
    }

    @Test
    void aSampleNamesTheBrand() {
        var c = campaign().samples("Your order ships today. Reply STOP to opt out.",
                "Spring sale: 20% off bouquets this weekend at https://www.acmeflowers.com/spring");
        caught(c.check(), "sample-missing-brand", ERROR, "samples");
        // the company name without "Inc." counts, in any case
        var byCompany = campaign().samples("ACME FLOWERS INC: your order ships today. Reply STOP to opt out.",
                "Spring sale at https://www.acmeflowers.com/spring");
        clean(byCompany.check(), "sample-missing-brand");
        // a name inside another word does not count
        var inWord = campaign().samples("Acmeflowersshop: order ships today. Reply STOP to opt out.",
                "Spring sale at https://www.acmeflowers.com/spring");
        caught(inWord.check(), "sample-missing-brand", ERROR, "samples");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reply STOP to opt out.", "Text STOP to unsubscribe", "reply stop to end",
            "To opt-out, reply END.", "Unsubscribe: reply QUIT", "STOP=end"})
    void optOutLanguageIsRecognised(String optOut) {
        clean(campaign().samples("Acme Flowers: your order ships today. " + optOut,
                "Acme Flowers: your bouquet arrives at [time] today.").check(), "sample-missing-opt-out");
    }

    @Test
    void aSampleCarriesOptOutLanguage() {
        var c = campaign().samples("Acme Flowers: your order ships today.",
                "Acme Flowers: don't stop smelling the roses, our sale ends Sunday at https://acmeflowers.com/sale");
        caught(c.check(), "sample-missing-opt-out", ERROR, "samples");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{first_name}}", "{name}", "<first name>", "%s", "$firstName", "${name}", "%NAME%"})
    void templateFieldsInBrackets(String placeholder) {
        var c = campaign().samples("Acme Flowers: hi " + placeholder + ", your order ships today. Reply STOP to "
                + "opt out.", GOOD);
        caught(c.check(), "template-placeholder", ERROR, "samples[0]");
    }

    @Test
    void bracketFieldsAndPricesAreFine() {
        clean(campaign().samples("Acme Flowers: hi [first name], roses are $5 off today at https://acmeflowers.com. "
                + "Reply STOP to opt out.", GOOD).check(), "template-placeholder");
        var c = campaign();
        c.helpMessage = "Acme Flowers: for help email {support_email}. Reply STOP to opt out.";
        caught(c.check(), "template-placeholder", ERROR, "helpMessage");
    }

    @Test
    void duplicateSamples() {
        caught(campaign().samples(GOOD, GOOD.toUpperCase()).check(), "sample-duplicate", WARNING, "samples[1]");
        clean(campaign().check(), "sample-duplicate");
    }

    @Test
    void callToActionWithoutPurpose() {
        var c = campaign().samples("Acme Flowers: Reply YES now! Reply STOP to opt out.", GOOD);
        caught(c.check(), "call-to-action-without-purpose", WARNING, "samples[0]");
        var purposeful = campaign().samples("Acme Flowers: Reply YES to confirm your delivery on [date] between 9 "
                + "and 12. Reply STOP to opt out.", GOOD);
        clean(purposeful.check(), "call-to-action-without-purpose");
    }

    @Test
    void promotionalSamplesNeedAMarketingUsecase() {
        var c = campaign().accountNotifications();
        c.samples.set(1, "Acme Flowers: use promo code ROSES for 20% off your next order! Reply STOP to opt out.");
        caught(c.check(), "sample-usecase-mismatch", ERROR, "samples[1]");
        c.usecase = "MIXED";
        c.subUsecases = new java.util.ArrayList<>(java.util.List.of("ACCOUNT_NOTIFICATION", "DELIVERY_NOTIFICATION"));
        caught(c.check(), "sample-usecase-mismatch", ERROR, "samples[1]");
        c.subUsecases.add("MARKETING");
        clean(c.check(), "sample-usecase-mismatch");
        clean(campaign().accountNotifications().check(), "sample-usecase-mismatch");
        clean(campaign().check(), "sample-usecase-mismatch");
    }

    @Test
    void twoFactorSamplesShowTheCode() {
        var c = campaign().accountNotifications();
        c.usecase = "2FA";
        caught(c.check(), "sample-2fa-without-code", WARNING, "samples");
        c.samples("Acme Flowers: your verification code is 482913. Reply STOP to opt out.",
                "Acme Flowers: use [code] to sign in. It expires in 10 minutes.");
        clean(c.check(), "sample-2fa-without-code");
    }
}

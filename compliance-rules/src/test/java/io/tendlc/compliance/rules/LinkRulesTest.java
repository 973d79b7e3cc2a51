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

class LinkRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://bit.ly/3xYz", "bit.ly/3xYz", "http://tinyurl.com/acme", "goo.gl/abc",
            "https://t.co/x1", "ow.ly/a", "is.gd/b", "buff.ly/c", "rebrand.ly/d", "cutt.ly/e", "shorturl.at/f",
            "tiny.cc/g", "HTTPS://BIT.LY/ABC"})
    void urlShortenersAnywhereAreRefusedForGood(String link) {
        var c = campaign().samples("Acme Flowers: spring sale at " + link + " Reply STOP to opt out.",
                "Acme Flowers: roses are back in stock at https://acmeflowers.com/roses. Reply STOP to opt out.");
        caught(c.check(), "url-shortener", ERROR, "samples[0]");
        assertThat(Fixtures.of("url-shortener", c.check())).allMatch(f -> !f.resubmittable());
        var inDescription = campaign();
        inDescription.description = campaign().description + " Details at " + link;
        caught(inDescription.check(), "url-shortener", ERROR, "description");
    }

    @Test
    void ownDomainsAndLookalikesAreNotShorteners() {
        clean(campaign().check(), "url-shortener");
        var c = campaign().samples("Acme Flowers: visit https://www.habit.lyonflowers.com or bitly-acme.com. Reply "
                + "STOP to opt out.", "Acme Flowers: at.com is not a shortener. Reply STOP to opt out.");
        clean(c.check(), "url-shortener");
    }

    @Test
    void embeddedLinkFlagMatchesSamples() {
        var flagFalse = campaign();
        flagFalse.embeddedLink = false;
        flagFalse.embeddedLinkSample = null;
        caught(flagFalse.check(), "embedded-link-mismatch", ERROR, "embeddedLink");
        var flagTrue = campaign().accountNotifications();
        flagTrue.embeddedLink = true;
        caught(flagTrue.check(), "embedded-link-mismatch", ERROR, "embeddedLink");
        clean(campaign().check(), "embedded-link-mismatch");
        clean(campaign().accountNotifications().check(), "embedded-link-mismatch");
        // an email address is not a link; a [link] field is
        var email = campaign().accountNotifications().samples("Acme Flowers: questions? Write to help@acmeflowers.com. "
                + "Reply STOP to opt out.", "Acme Flowers: track your order at [tracking link]. Reply STOP to opt out.");
        caught(email.check(), "embedded-link-mismatch", ERROR, "embeddedLink");
        assertThat(Fixtures.of("embedded-link-mismatch", email.check()).getFirst().message()).contains("samples[1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(202) 555-0123", "202-555-0123", "+1 202 555 0123", "+12025550123", "202.555.0123",
            "1-800-FLOWERS", "[phone number]"})
    void embeddedPhoneFlagMatchesSamples(String phone) {
        var c = campaign().accountNotifications().samples("Acme Flowers: questions? Call " + phone + ". Reply STOP "
                + "to opt out.", "Acme Flowers: your bouquet arrives tomorrow. Reply STOP to opt out.");
        caught(c.check(), "embedded-phone-mismatch", ERROR, "embeddedPhone");
        c.embeddedPhone = true;
        clean(c.check(), "embedded-phone-mismatch");
    }

    @Test
    void embeddedPhoneTrueWithoutNumberInSamples() {
        var c = campaign().accountNotifications();
        c.embeddedPhone = true;
        caught(c.check(), "embedded-phone-mismatch", ERROR, "embeddedPhone");
        // order numbers and codes are not phone numbers
        clean(campaign().accountNotifications().samples("Acme Flowers: order 48213 ships today, code 123456. Reply "
                + "STOP to opt out.", "Acme Flowers: your bouquet arrives tomorrow.").check(), "embedded-phone-mismatch");
    }

    @Test
    void linksOffTheBrandsDomainAreWarned() {
        var c = campaign().samples("Acme Flowers: spring sale at https://www.flowerdeals.com/acme. Reply STOP to opt "
                + "out.", "Acme Flowers: roses at https://shop.acmeflowers.com/roses. Reply STOP to opt out.");
        caught(c.check(), "link-off-brand-domain", WARNING, "samples[0]");
        clean(campaign().check(), "link-off-brand-domain");
    }

    @Test
    void marketingNeedsAPrivacyPolicy() {
        var c = campaign();
        c.privacyPolicyLink = null;
        caught(c.check(), "privacy-policy-missing", ERROR, "privacyPolicyLink");
        var mixed = campaign();
        mixed.usecase = "MIXED";
        mixed.subUsecases = new java.util.ArrayList<>(java.util.List.of("MARKETING", "ACCOUNT_NOTIFICATION"));
        mixed.privacyPolicyLink = " ";
        caught(mixed.check(), "privacy-policy-missing", ERROR, "privacyPolicyLink");
        var notifications = campaign().accountNotifications();
        notifications.privacyPolicyLink = null;
        clean(notifications.check(), "privacy-policy-missing");
    }

    @Test
    void policyLinksAreFullUrls() {
        var c = campaign();
        c.privacyPolicyLink = "acmeflowers.com/privacy";
        c.termsAndConditionsLink = "http://www.acmeflowers.com/terms";
        caught(c.check(), "policy-link-format", ERROR, "privacyPolicyLink");
        caught(c.check(), "policy-link-format", WARNING, "termsAndConditionsLink");
        clean(campaign().check(), "policy-link-format");
    }
}

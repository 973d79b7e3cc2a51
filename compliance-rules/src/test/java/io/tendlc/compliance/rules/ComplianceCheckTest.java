package io.tendlc.compliance.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static io.tendlc.compliance.rules.Fixtures.campaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplianceCheckTest {

    @Test
    void realisticMarketingCampaignPassesClean() {
        List<Finding> findings = campaign().check();
        assertThat(findings).isEmpty();
        assertThat(ComplianceCheck.refuses(findings)).isFalse();
    }

    @Test
    void realisticNotificationCampaignPassesClean() {
        assertThat(campaign().accountNotifications().check()).isEmpty();
    }

    @Test
    void shortenedLinkAndNoOptOutAreBothReportedAtOnce() {
        var c = campaign().samples(
                "Acme Flowers: Spring sale! 20% off all bouquets: https://bit.ly/3acme",
                "Acme Flowers: roses are back in stock, order at bit.ly/roses4u today.");
        List<Finding> findings = c.check();
        assertThat(findings).extracting(Finding::rule).contains("url-shortener", "sample-missing-opt-out");
        Finding shortener = Fixtures.of("url-shortener", findings).getFirst();
        assertThat(shortener.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(shortener.resubmittable()).isFalse();
        assertThat(shortener.field()).isEqualTo("samples[0]");
        assertThat(shortener.source()).isEqualTo("T-Mobile Code of Conduct");
        assertThat(Fixtures.of("url-shortener", findings)).extracting(Finding::field)
                .containsExactly("samples[0]", "samples[1]");
        Finding optOut = Fixtures.of("sample-missing-opt-out", findings).getFirst();
        assertThat(optOut.resubmittable()).isTrue();
        assertThat(optOut.message()).contains("STOP");
        assertThat(ComplianceCheck.refuses(findings)).isTrue();
    }

    @Test
    void catalogueListsEveryRuleOnce() {
        List<Rule> rules = ComplianceCheck.rules();
        assertThat(rules).extracting(Rule::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.description()).isNotBlank();
            assertThat(r.source()).isNotBlank();
        });
        assertThat(rules).filteredOn(r -> !r.resubmittable()).extracting(Rule::code)
                .containsExactlyInAnyOrder("url-shortener", "shaft-prohibited", "shaft-age-gate",
                        "high-risk-financial", "affiliate-marketing");
    }

    @Test
    void findingsCarryTheirCataloguedSourceAndResubmittability() {
        Map<String, Rule> catalogue = ComplianceCheck.rules().stream()
                .collect(Collectors.toMap(Rule::code, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (List<Finding> findings : List.of(everythingWrongCampaign(), everythingWrongBrand())) {
            for (Finding f : findings) {
                Rule rule = catalogue.get(f.rule());
                assertThat(rule).as("rule %s is catalogued", f.rule()).isNotNull();
                assertThat(f.source()).isEqualTo(rule.source());
                assertThat(f.resubmittable()).isEqualTo(rule.resubmittable());
                seen.add(f.rule());
            }
        }
        assertThat(seen).hasSizeGreaterThan(30);
    }

    @Test
    void emptyCampaignIsReportedNotThrown() {
        var empty = new CampaignSubmission(null, null, null, null, null, null, null, null, null, null, null, false,
                false, false, false, null, false, false, false, false, false, null, null, false);
        List<Finding> findings = ComplianceCheck.campaign(empty, null);
        assertThat(findings).extracting(Finding::rule).contains("usecase-unknown", "description-length",
                "message-flow-length", "sample-count", "help-message", "opt-out-message", "opt-out-keywords",
                "subscriber-flags");
        assertThatThrownBy(() -> ComplianceCheck.campaign(null, Fixtures.ACME))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deterministic() {
        assertThat(everythingWrongCampaign()).isEqualTo(everythingWrongCampaign());
        assertThat(everythingWrongBrand()).isEqualTo(everythingWrongBrand());
    }

    @Test
    void longInputStaysFast() {
        var c = campaign();
        c.description = "Acme Flowers bouquet ".repeat(195);
        c.messageFlow = "web form ".repeat(227);
        c.samples("Acme Flowers: " + "roses, tulips and lilies at https://acmeflowers.com ".repeat(19),
                "Acme Flowers {{x}} <y> %s $z " + "a.b.c.d.e.f.g ".repeat(70));
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            c.check();
        }
        // generous bound: catches catastrophic regex backtracking, not a benchmark
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    private static List<Finding> everythingWrongCampaign() {
        var c = campaign();
        c.usecase = "MIXED";
        c.subUsecases = new java.util.ArrayList<>(List.of("MARKETING"));
        c.description = "test test test";
        c.messageFlow = "By accepting our terms you agree to receive texts. Box pre-checked.";
        c.samples("Hi {{name}}, 50% OFF wine & vapes at https://bit.ly/x call 202-555-0123",
                "Reply YES", "Reply YES", "payday loan now at https://loans.example.com");
        c.helpMessage = "help";
        c.optinMessage = "ok";
        c.optoutMessage = "bye";
        c.helpKeywords = List.of("INFO");
        c.optoutKeywords = List.of("INFO");
        c.subscriberOptout = false;
        c.affiliateMarketing = true;
        c.privacyPolicyLink = null;
        c.termsAndConditionsLink = "terms";
        c.embeddedLink = false;
        c.numberPool = true;
        c.brand = new BrandProfile("Acme Flowers", null, "PRIVATE_PROFIT", "UNVERIFIED", null,
                "https://acmeflowers.com");
        return c.check();
    }

    private static List<Finding> everythingWrongBrand() {
        var b = Fixtures.brand();
        b.entityType = "PUBLIC_PROFIT";
        b.ein = "111111111";
        b.phone = "555-0123";
        b.email = "nope";
        b.website = "https://bit.ly/acme";
        b.vertical = "FLOWERS";
        b.country = "USA";
        b.altBusinessId = "x";
        b.displayName = "x".repeat(300);
        b.mobilePhone = "12";
        return b.check();
    }
}

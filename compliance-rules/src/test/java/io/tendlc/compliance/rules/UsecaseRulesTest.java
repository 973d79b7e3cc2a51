package io.tendlc.compliance.rules;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.tendlc.compliance.rules.Finding.Severity.ERROR;
import static io.tendlc.compliance.rules.Finding.Severity.WARNING;
import static io.tendlc.compliance.rules.Fixtures.caught;
import static io.tendlc.compliance.rules.Fixtures.campaign;
import static io.tendlc.compliance.rules.Fixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

class UsecaseRulesTest {

    private static final BrandProfile SOLE = new BrandProfile("Jane's Nails", null, "SOLE_PROPRIETOR", "VERIFIED",
            null, null);
    private static final BrandProfile VETTED = new BrandProfile("Acme", "Acme Inc.", "PRIVATE_PROFIT",
            "VETTED_VERIFIED", 80, "https://acme.com");
    private static final BrandProfile CHARITY = new BrandProfile("Food Bank", "City Food Bank", "NON_PROFIT",
            "VERIFIED", null, "https://foodbank.org");

    @Test
    void usecaseMustBeKnown() {
        var c = campaign();
        c.usecase = "PROMOTIONS";
        caught(c.check(), "usecase-unknown", ERROR, "usecase");
        c.usecase = null;
        caught(c.check(), "usecase-unknown", ERROR, "usecase");
        c.usecase = "marketing";
        clean(c.check(), "usecase-unknown");
    }

    @Test
    void soleProprietorBrandsOnlyUseSoleProprietor() {
        assertThat(ComplianceCheck.allowedUsecases(SOLE)).containsExactly("SOLE_PROPRIETOR");
        var c = campaign();
        c.brand = SOLE;
        caught(c.check(), "usecase-not-allowed", ERROR, "usecase");
        c.usecase = "SOLE_PROPRIETOR";
        clean(c.check(), "usecase-not-allowed");
    }

    @Test
    void soleProprietorUsecaseRefusedToOtherBrands() {
        var c = campaign();
        c.usecase = "SOLE_PROPRIETOR";
        caught(c.check(), "usecase-not-allowed", ERROR, "usecase");
    }

    @Test
    void specialUsecasesNeedVettingOrTheRightEntity() {
        var unvetted = ComplianceCheck.allowedUsecases(Fixtures.ACME);
        assertThat(unvetted).containsAll(Usecases.STANDARD).doesNotContain("POLITICAL", "SOCIAL", "CHARITY",
                "SOLE_PROPRIETOR", "UCAAS_HIGH", "PROXY");
        assertThat(ComplianceCheck.allowedUsecases(VETTED)).contains("POLITICAL", "SOCIAL", "PROXY", "SWEEPSTAKE")
                .doesNotContain("CHARITY", "UCAAS_LOW", "CARRIER_EXEMPT", "TRIAL");
        assertThat(ComplianceCheck.allowedUsecases(CHARITY)).contains("CHARITY");
        var lowScore = new BrandProfile("Acme", "Acme Inc.", "PRIVATE_PROFIT", "VETTED_VERIFIED", 60, null);
        assertThat(ComplianceCheck.allowedUsecases(lowScore)).contains("POLITICAL").doesNotContain("SOCIAL");

        var c = campaign();
        c.usecase = "POLITICAL";
        var findings = c.check();
        caught(findings, "usecase-not-allowed", ERROR, "usecase");
        assertThat(Fixtures.of("usecase-not-allowed", findings).getFirst().message()).contains("vetting");
        c.brand = VETTED;
        clean(c.check(), "usecase-not-allowed");
    }

    @Test
    void everyUsecaseOptionHasAReason() {
        for (BrandProfile brand : List.of(SOLE, VETTED, CHARITY, Fixtures.ACME)) {
            List<UsecaseOption> options = ComplianceCheck.usecases(brand);
            assertThat(options).hasSize(Usecases.STANDARD.size() + Usecases.SPECIAL.size());
            assertThat(options).allSatisfy(o -> assertThat(o.reason()).isNotBlank());
            assertThat(options.stream().filter(UsecaseOption::allowed).map(UsecaseOption::usecase))
                    .containsExactlyInAnyOrderElementsOf(ComplianceCheck.allowedUsecases(brand));
        }
    }

    @Test
    void mixedAndLowVolumeNeedTwoToFiveSubUsecases() {
        var c = campaign();
        c.usecase = "MIXED";
        c.subUsecases = new ArrayList<>(List.of("MARKETING"));
        caught(c.check(), "sub-usecases", ERROR, "subUsecases");
        c.subUsecases = new ArrayList<>(List.of("MARKETING", "MARKETING"));
        caught(c.check(), "sub-usecases", ERROR, "subUsecases");
        c.subUsecases = new ArrayList<>(List.of("MARKETING", "2FA", "FRAUD_ALERT", "SECURITY_ALERT", "CUSTOMER_CARE",
                "POLLING_VOTING"));
        caught(c.check(), "sub-usecases", ERROR, "subUsecases");
        c.usecase = "LOW_VOLUME";
        c.subUsecases = new ArrayList<>(List.of("MARKETING", "POLITICAL"));
        caught(c.check(), "sub-usecases", ERROR, "subUsecases[1]");
        c.subUsecases = new ArrayList<>(List.of("marketing", "ACCOUNT_NOTIFICATION"));
        clean(c.check(), "sub-usecases");
        var single = campaign();
        single.subUsecases = new ArrayList<>(List.of("2FA"));
        caught(single.check(), "sub-usecases", WARNING, "subUsecases");
        clean(campaign().check(), "sub-usecases");
    }

    @Test
    void brandMustBeVerified() {
        var c = campaign();
        c.brand = new BrandProfile("Acme Flowers", "Acme Flowers, Inc.", "PRIVATE_PROFIT", "UNVERIFIED", null,
                "https://www.acmeflowers.com");
        caught(c.check(), "brand-not-verified", WARNING, "brandId");
        clean(campaign().check(), "brand-not-verified");
    }

    @Test
    void soleProprietorCampaignHasNoNumberPool() {
        var c = campaign();
        c.brand = SOLE;
        c.usecase = "SOLE_PROPRIETOR";
        c.numberPool = true;
        caught(c.check(), "sole-proprietor-campaign", ERROR, "numberPool");
        c.numberPool = false;
        clean(c.check(), "sole-proprietor-campaign");
    }
}

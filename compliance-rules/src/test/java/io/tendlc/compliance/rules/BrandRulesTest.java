package io.tendlc.compliance.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tendlc.compliance.rules.Finding.Severity.ERROR;
import static io.tendlc.compliance.rules.Finding.Severity.WARNING;
import static io.tendlc.compliance.rules.Fixtures.brand;
import static io.tendlc.compliance.rules.Fixtures.caught;
import static io.tendlc.compliance.rules.Fixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

class BrandRulesTest {

    @Test
    void goodBrandsPassClean() {
        assertThat(brand().check()).isEmpty();
        assertThat(brand().soleProprietor().check()).isEmpty();
        var listed = brand();
        listed.entityType = "PUBLIC_PROFIT";
        listed.stockSymbol = "ACME";
        listed.stockExchange = "NASDAQ";
        assertThat(listed.check()).isEmpty();
    }

    @Test
    void entityType() {
        var b = brand();
        b.entityType = "LLC";
        caught(b.check(), "brand-entity-type", ERROR, "entityType");
        b.entityType = null;
        caught(b.check(), "brand-entity-type", ERROR, "entityType");
        b.entityType = "non_profit";
        clean(b.check(), "brand-entity-type");
    }

    @Test
    void requiredFieldsDependOnEntityType() {
        var b = brand();
        b.companyName = " ";
        b.ein = null;
        b.vertical = null;
        var findings = b.check();
        caught(findings, "brand-required-field", ERROR, "companyName");
        caught(findings, "brand-required-field", ERROR, "ein");
        caught(findings, "brand-required-field", ERROR, "vertical");
        // a sole proprietor needs no company name, EIN or vertical
        clean(brand().soleProprietor().check(), "brand-required-field");
        var sp = brand().soleProprietor();
        sp.email = null;
        caught(sp.check(), "brand-required-field", ERROR, "email");
    }

    @Test
    void fieldLength() {
        var b = brand();
        b.displayName = "A".repeat(256);
        caught(b.check(), "brand-field-length", ERROR, "displayName");
        b.displayName = "A".repeat(255);
        clean(b.check(), "brand-field-length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890", "12-345-6789", "AB3456789", "12 3456780"})
    void einHasNineDigits(String ein) {
        var b = brand();
        b.ein = ein;
        caught(b.check(), "brand-ein", ERROR, "ein");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456780", "12-3456780", "981234567"})
    void wellFormedEinPasses(String ein) {
        var b = brand();
        b.ein = ein;
        clean(b.check(), "brand-ein");
        clean(b.check(), "brand-ein-unverifiable");
    }

    @Test
    void placeholderEinCannotBeVerified() {
        var b = brand();
        b.ein = "111111111";
        caught(b.check(), "brand-ein-unverifiable", ERROR, "ein");
        b.ein = "12-3456789";
        caught(b.check(), "brand-ein-unverifiable", ERROR, "ein");
        b.ein = "07-1234567";
        caught(b.check(), "brand-ein-unverifiable", WARNING, "ein");
    }

    @Test
    void publicCompanyNeedsStockListing() {
        var b = brand();
        b.entityType = "PUBLIC_PROFIT";
        var findings = b.check();
        caught(findings, "brand-stock-listing", ERROR, "stockSymbol");
        caught(findings, "brand-stock-listing", ERROR, "stockExchange");
        b.stockSymbol = "ACME";
        b.stockExchange = "MOON";
        caught(b.check(), "brand-stock-listing", ERROR, "stockExchange");
        b.stockExchange = "nyse";
        clean(b.check(), "brand-stock-listing");
        clean(brand().check(), "brand-stock-listing");
    }

    @Test
    void soleProprietorNeedsOwnerAndMobile() {
        var sp = brand().soleProprietor();
        sp.firstName = null;
        sp.lastName = "";
        sp.mobilePhone = null;
        var findings = sp.check();
        caught(findings, "brand-sole-proprietor-identity", ERROR, "firstName");
        caught(findings, "brand-sole-proprietor-identity", ERROR, "lastName");
        caught(findings, "brand-sole-proprietor-identity", ERROR, "mobilePhone");
        var foreign = brand().soleProprietor();
        foreign.mobilePhone = "+447700900123";
        caught(foreign.check(), "brand-sole-proprietor-identity", ERROR, "mobilePhone");
        var withEin = brand().soleProprietor();
        withEin.ein = "123456780";
        caught(withEin.check(), "brand-sole-proprietor-identity", WARNING, "ein");
        clean(brand().soleProprietor().check(), "brand-sole-proprietor-identity");
    }

    @Test
    void nonProfitWithForProfitForm() {
        var b = brand();
        b.entityType = "NON_PROFIT";
        b.companyName = "Helping Hands LLC";
        caught(b.check(), "brand-non-profit-status", WARNING, "companyName");
        b.companyName = "Helping Hands Foundation, Inc.";
        clean(b.check(), "brand-non-profit-status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025550123", "+1 202 555 0123", "(202) 555-0123", "+10025550123", "+1202555012", "+0123"})
    void phoneIsE164(String phone) {
        var b = brand();
        b.phone = phone;
        caught(b.check(), "brand-phone", ERROR, "phone");
    }

    @Test
    void validPhonesPass() {
        var b = brand();
        b.phone = "+442079460958";
        clean(b.check(), "brand-phone");
        clean(brand().check(), "brand-phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"support", "support@", "support@acme", "sup port@acme.com", "@acme.com"})
    void email(String email) {
        var b = brand();
        b.email = email;
        caught(b.check(), "brand-email", ERROR, "email");
    }

    @Test
    void website() {
        var b = brand();
        b.website = "https://bit.ly/acme";
        caught(b.check(), "brand-website", ERROR, "website");
        b.website = "www.acmeflowers.com";
        caught(b.check(), "brand-website", ERROR, "website");
        b.website = "ftp://acmeflowers.com";
        caught(b.check(), "brand-website", ERROR, "website");
        b.website = "http://www.acmeflowers.com";
        caught(b.check(), "brand-website", WARNING, "website");
        b.website = null;
        caught(b.check(), "brand-website", WARNING, "website");
        b.website = "https://shop.acmeflowers.com/home";
        clean(b.check(), "brand-website");
    }

    @Test
    void vertical() {
        var b = brand();
        b.vertical = "FLOWERS";
        caught(b.check(), "brand-vertical", ERROR, "vertical");
        b.vertical = "real_estate";
        clean(b.check(), "brand-vertical");
    }

    @Test
    void address() {
        var b = brand();
        b.country = "USA";
        b.einIssuingCountry = "XX";
        var findings = b.check();
        caught(findings, "brand-address", ERROR, "country");
        caught(findings, "brand-address", ERROR, "einIssuingCountry");
        var us = brand();
        us.state = "Illinois";
        us.postalCode = "627";
        caught(us.check(), "brand-address", ERROR, "state");
        caught(us.check(), "brand-address", ERROR, "postalCode");
        var ca = brand();
        ca.country = "CA";
        ca.state = "ON";
        ca.postalCode = "K1A 0B1";
        ca.phone = "+16135550123";
        clean(ca.check(), "brand-address");
        ca.state = "IL";
        caught(ca.check(), "brand-address", ERROR, "state");
    }

    @Test
    void altBusinessId() {
        var b = brand();
        b.altBusinessId = "123456789";
        caught(b.check(), "brand-alt-business-id", ERROR, "altBusinessIdType");
        b.altBusinessIdType = "DUNS";
        clean(b.check(), "brand-alt-business-id");
        b.altBusinessIdType = "LEI";
        caught(b.check(), "brand-alt-business-id", ERROR, "altBusinessId");
        b.altBusinessId = "5493001KJTIIGC8Y1R12";
        clean(b.check(), "brand-alt-business-id");
    }

    @Test
    void emptySubmissionListsEveryMissingFieldWithoutFailing() {
        var findings = ComplianceCheck.brand(new BrandSubmission(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null));
        assertThat(findings).extracting(Finding::field).contains("entityType", "displayName", "companyName", "ein",
                "phone", "email", "street", "city", "state", "postalCode", "country", "vertical");
        assertThat(ComplianceCheck.refuses(findings)).isTrue();
    }
}

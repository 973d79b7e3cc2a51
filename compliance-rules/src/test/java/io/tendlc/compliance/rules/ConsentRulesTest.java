package io.tendlc.compliance.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tendlc.compliance.rules.Finding.Severity.ERROR;
import static io.tendlc.compliance.rules.Finding.Severity.WARNING;
import static io.tendlc.compliance.rules.Fixtures.caught;
import static io.tendlc.compliance.rules.Fixtures.campaign;
import static io.tendlc.compliance.rules.Fixtures.clean;

class ConsentRulesTest {

    @Test
    void descriptionLength() {
        var c = campaign();
        c.description = "Flower deals for customers.";
        caught(c.check(), "description-length", ERROR, "description");
        c.description = "x".repeat(4097);
        caught(c.check(), "description-length", ERROR, "description");
        c.description = null;
        caught(c.check(), "description-length", ERROR, "description");
        clean(campaign().check(), "description-length");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "test test test test test test test test test test test test test",
            "This is a test campaign description for testing purposes only.",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.",
            "n/a n/a n/a n/a n/a n/a n/a n/a n/a n/a n/a n/a n/a n/a n/a n/a",
            "We send messages to our customers about various things and stuff."})
    void vagueDescription(String description) {
        var c = campaign();
        c.description = description;
        caught(c.check(), "description-vague", ERROR, "description");
    }

    @Test
    void specificDescriptionIsNotVague() {
        clean(campaign().check(), "description-vague");
        var c = campaign();
        c.description = "Quest Labs texts patients when their blood test results are ready to view in the portal.";
        clean(c.check(), "description-vague");
    }

    @Test
    void messageFlowLength() {
        var c = campaign();
        c.messageFlow = "Customers opt in online.";
        caught(c.check(), "message-flow-length", ERROR, "messageFlow");
        c.messageFlow = "Web form. ".repeat(205);
        caught(c.check(), "message-flow-length", ERROR, "messageFlow");
        clean(campaign().check(), "message-flow-length");
    }

    @Test
    void messageFlowNamesTheConsentMethod() {
        var c = campaign();
        c.messageFlow = "Customers agree to get our messages and we send them updates about our flowers regularly.";
        caught(c.check(), "message-flow-consent-method", ERROR, "messageFlow");
        c.messageFlow = "Customers text FLOWERS to (202) 555-0123 and receive a confirmation; msg frequency varies.";
        clean(c.check(), "message-flow-consent-method");
        c.messageFlow = "Staff collect verbal consent at the front desk and note it in the customer's record.";
        clean(c.check(), "message-flow-consent-method");
        c.messageFlow = "Patients sign a paper intake form with an optional SMS consent section at the clinic.";
        clean(c.check(), "message-flow-consent-method");
        c.messageFlow = "Customers enter their number and tick an unchecked box agreeing to receive texts from us.";
        clean(c.check(), "message-flow-consent-method");
        c.messageFlow = "Customers opt in on https://shop.example.com/sms by entering their phone number there.";
        clean(c.check(), "message-flow-consent-method");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "By accepting our terms of service you agree to receive text messages from Acme Flowers on our website.",
            "Acceptance of our Terms and Conditions includes consent to receive SMS from Acme at checkout on the web.",
            "By creating an account on our website, users agree to receive marketing texts from Acme Flowers.",
            "Our terms of service include consent to receive text messages; customers accept them on the web form."})
    void consentBuriedInTerms(String flow) {
        var c = campaign();
        c.messageFlow = flow;
        caught(c.check(), "consent-buried-in-terms", ERROR, "messageFlow");
    }

    @Test
    void separateConsentWithTermsLinkIsNotBuried() {
        clean(campaign().check(), "consent-buried-in-terms");
        var c = campaign();
        c.messageFlow = "On our web form customers tick an optional, unchecked box 'I agree to receive texts from Acme "
                + "Flowers'. See our Terms at acmeflowers.com/terms. Msg & data rates may apply.";
        clean(c.check(), "consent-buried-in-terms");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The SMS checkbox on our web form is pre-checked so customers receive our texts after purchase.",
            "Customers are automatically enrolled in texts when they order on our website checkout page.",
            "Consent to texts is a condition of purchase on our website checkout form for all customers."})
    void consentMustBeAffirmative(String flow) {
        var c = campaign();
        c.messageFlow = flow;
        caught(c.check(), "consent-not-affirmative", ERROR, "messageFlow");
    }

    @Test
    void consentNotAConditionOfPurchasePasses() {
        clean(campaign().check(), "consent-not-affirmative");
    }

    @Test
    void consentNotBoughtOrShared() {
        var c = campaign();
        c.messageFlow = "We text numbers from purchased lists and lead generation partners who collected a web form.";
        caught(c.check(), "consent-shared", ERROR, "messageFlow");
        c.messageFlow = campaign().messageFlow;
        c.description = campaign().description + " We may share phone numbers with our partners for their offers.";
        caught(c.check(), "consent-shared", ERROR, "description");
        clean(campaign().check(), "consent-shared");
    }

    @Test
    void disclosures() {
        var c = campaign();
        c.messageFlow = "Customers tick an optional, unchecked box on our web form at acmeflowers.com/signup to get "
                + "texts from Acme Flowers.";
        caught(c.check(), "message-flow-disclosures", WARNING, "messageFlow");
        clean(campaign().check(), "message-flow-disclosures");
    }
}

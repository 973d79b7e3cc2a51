package io.tendlc.compliance.rules;

import java.util.ArrayList;
import java.util.List;

/** A realistic good brand and MARKETING campaign, as mutable drafts a test spoils one field at a time. */
final class Fixtures {

    static final BrandProfile ACME = new BrandProfile("Acme Flowers", "Acme Flowers, Inc.", "PRIVATE_PROFIT",
            "VERIFIED", null, "https://www.acmeflowers.com");

    static final class BrandDraft {
        String entityType = "PRIVATE_PROFIT";
        String displayName = "Acme Flowers";
        String companyName = "Acme Flowers, Inc.";
        String ein = "12-3456780";
        String einIssuingCountry = "US";
        String phone = "+12025550123";
        String email = "support@acmeflowers.com";
        String street = "1 Main Street";
        String city = "Springfield";
        String state = "IL";
        String postalCode = "62701";
        String country = "US";
        String website = "https://www.acmeflowers.com";
        String vertical = "RETAIL";
        String stockSymbol;
        String stockExchange;
        String altBusinessId;
        String altBusinessIdType;
        String firstName;
        String lastName;
        String mobilePhone;

        BrandSubmission build() {
            return new BrandSubmission(entityType, displayName, companyName, ein, einIssuingCountry, phone, email,
                    street, city, state, postalCode, country, website, vertical, stockSymbol, stockExchange,
                    altBusinessId, altBusinessIdType, firstName, lastName, mobilePhone);
        }

        List<Finding> check() {
            return ComplianceCheck.brand(build());
        }

        BrandDraft soleProprietor() {
            entityType = "SOLE_PROPRIETOR";
            companyName = null;
            ein = null;
            einIssuingCountry = null;
            phone = null;
            vertical = null;
            website = null;
            firstName = "Jane";
            lastName = "Doe";
            mobilePhone = "+13125550147";
            return this;
        }
    }

    static final class CampaignDraft {
        BrandProfile brand = ACME;
        String usecase = "MARKETING";
        List<String> subUsecases = new ArrayList<>();
        String description = "Acme Flowers sends weekly promotions, seasonal discounts and new bouquet announcements "
                + "to customers who subscribed to text offers at checkout on our website or in our stores.";
        String messageFlow = "Customers opt in on the checkout page at https://www.acmeflowers.com/checkout by "
                + "ticking an unchecked, optional box: 'I agree to receive recurring marketing texts from Acme "
                + "Flowers at the number provided. Consent is not a condition of purchase. Msg frequency varies. "
                + "Msg & data rates may apply. Reply HELP for help, STOP to opt out.' In stores, customers can text "
                + "JOIN to our number from a sign at the counter showing the same disclosure.";
        List<String> samples = new ArrayList<>(List.of(
                "Acme Flowers: Spring sale! Get 20% off all bouquets this weekend at "
                        + "https://www.acmeflowers.com/spring. Reply STOP to opt out.",
                "Acme Flowers: Hi [first name], your favorite roses are back in stock. Order for Mother's Day at "
                        + "https://acmeflowers.com/roses. Reply STOP to opt out."));
        String helpMessage = "Acme Flowers: for help call +1 (202) 555-0123 or email help@acmeflowers.com. Msg "
                + "frequency varies. Reply STOP to opt out.";
        String optinMessage = "Acme Flowers: you are subscribed to offers. Msg frequency varies. Msg & data rates "
                + "may apply. Reply HELP for help, STOP to opt out.";
        String optoutMessage = "Acme Flowers: you are unsubscribed and will receive no more messages.";
        List<String> helpKeywords = new ArrayList<>(List.of("HELP", "INFO"));
        List<String> optinKeywords = new ArrayList<>(List.of("JOIN", "START"));
        List<String> optoutKeywords = new ArrayList<>(List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END",
                "QUIT", "REVOKE", "OPTOUT"));
        boolean subscriberOptin = true;
        boolean subscriberOptout = true;
        boolean subscriberHelp = true;
        boolean embeddedLink = true;
        String embeddedLinkSample = "https://www.acmeflowers.com/spring";
        boolean embeddedPhone;
        boolean numberPool;
        boolean ageGated;
        boolean directLending;
        boolean affiliateMarketing;
        String privacyPolicyLink = "https://www.acmeflowers.com/privacy";
        String termsAndConditionsLink = "https://www.acmeflowers.com/terms";
        boolean autoRenewal = true;

        CampaignSubmission build() {
            return new CampaignSubmission(usecase, subUsecases, description, messageFlow, samples, helpMessage,
                    optinMessage, optoutMessage, helpKeywords, optinKeywords, optoutKeywords, subscriberOptin,
                    subscriberOptout, subscriberHelp, embeddedLink, embeddedLinkSample, embeddedPhone, numberPool,
                    ageGated, directLending, affiliateMarketing, privacyPolicyLink, termsAndConditionsLink,
                    autoRenewal);
        }

        List<Finding> check() {
            return ComplianceCheck.campaign(build(), brand);
        }

        CampaignDraft samples(String... samples) {
            this.samples = new ArrayList<>(List.of(samples));
            return this;
        }

        /** An account-notification campaign: no promotions, no links. */
        CampaignDraft accountNotifications() {
            usecase = "ACCOUNT_NOTIFICATION";
            description = "Acme Flowers sends order confirmations, delivery date reminders and care instructions to "
                    + "customers who asked for order updates by text when ordering on our website.";
            embeddedLink = false;
            embeddedLinkSample = null;
            samples("Acme Flowers: your order [order number] is confirmed for delivery on [date]. Reply STOP to opt "
                    + "out.", "Acme Flowers: your bouquet arrives tomorrow between 9 and 12. Reply STOP to opt out.");
            return this;
        }
    }

    static CampaignDraft campaign() {
        return new CampaignDraft();
    }

    static BrandDraft brand() {
        return new BrandDraft();
    }

    /** The findings of one rule. */
    static List<Finding> of(String rule, List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Asserts that the rule caught the problem, with that severity, on that field. */
    static void caught(List<Finding> findings, String rule, Finding.Severity severity, String field) {
        org.assertj.core.api.Assertions.assertThat(of(rule, findings))
                .as("findings of %s in %s", rule, findings)
                .anySatisfy(f -> {
                    org.assertj.core.api.Assertions.assertThat(f.severity()).isEqualTo(severity);
                    org.assertj.core.api.Assertions.assertThat(f.field()).isEqualTo(field);
                    org.assertj.core.api.Assertions.assertThat(f.message()).isNotBlank();
                    org.assertj.core.api.Assertions.assertThat(f.source()).isNotBlank();
                });
    }

    /** Asserts that the rule found nothing. */
    static void clean(List<Finding> findings, String rule) {
        org.assertj.core.api.Assertions.assertThat(of(rule, findings)).as("findings of %s", rule).isEmpty();
    }

    private Fixtures() {
    }
}

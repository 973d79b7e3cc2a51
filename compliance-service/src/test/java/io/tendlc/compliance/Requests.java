package io.tendlc.compliance;

import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the check: a realistic good brand and MARKETING campaign, as maps a test can spoil. */
final class Requests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Map<String, Object> goodBrand() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("entityType", "PRIVATE_PROFIT");
        b.put("displayName", "Acme Flowers");
        b.put("companyName", "Acme Flowers, Inc.");
        b.put("ein", "12-3456780");
        b.put("einIssuingCountry", "US");
        b.put("phone", "+12025550123");
        b.put("email", "support@acmeflowers.com");
        b.put("street", "1 Main Street");
        b.put("city", "Springfield");
        b.put("state", "IL");
        b.put("postalCode", "62701");
        b.put("country", "US");
        b.put("website", "https://www.acmeflowers.com");
        b.put("vertical", "RETAIL");
        return b;
    }

    /** A MARKETING campaign of a brand named {@code brandName}. */
    static Map<String, Object> goodCampaign(String brandName) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("usecase", "MARKETING");
        c.put("description", brandName + " sends weekly promotions, seasonal discounts and new bouquet announcements "
                + "to customers who subscribed to text offers at checkout on our website or in our stores.");
        c.put("messageFlow", "Customers opt in on the checkout page at https://www.acmeflowers.com/checkout by ticking "
                + "an unchecked, optional box: 'I agree to receive recurring marketing texts from " + brandName
                + " at the number provided. Consent is not a condition of purchase. Msg frequency varies. Msg & data "
                + "rates may apply. Reply HELP for help, STOP to opt out.'");
        c.put("samples", new ArrayList<>(List.of(
                brandName + ": Spring sale! Get 20% off all bouquets this weekend at "
                        + "https://www.acmeflowers.com/spring. Reply STOP to opt out.",
                brandName + ": Hi [first name], your favorite roses are back in stock. Order at "
                        + "https://acmeflowers.com/roses. Reply STOP to opt out.")));
        c.put("helpMessage", brandName + ": for help call +1 (202) 555-0123 or email help@acmeflowers.com. Reply "
                + "STOP to opt out.");
        c.put("optinMessage", brandName + ": you are subscribed to offers. Msg frequency varies. Msg & data rates may "
                + "apply. Reply HELP for help, STOP to opt out.");
        c.put("optoutMessage", brandName + ": you are unsubscribed and will receive no more messages.");
        c.put("helpKeywords", List.of("HELP", "INFO"));
        c.put("optinKeywords", List.of("JOIN", "START"));
        c.put("optoutKeywords", List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"));
        c.put("subscriberOptin", true);
        c.put("subscriberOptout", true);
        c.put("subscriberHelp", true);
        c.put("embeddedLink", true);
        c.put("embeddedLinkSample", "https://www.acmeflowers.com/spring");
        c.put("embeddedPhone", false);
        c.put("privacyPolicyLink", "https://www.acmeflowers.com/privacy");
        c.put("termsAndConditionsLink", "https://www.acmeflowers.com/terms");
        return c;
    }

    static String brandCheck(Map<String, Object> brand) {
        return json(Map.of("brand", brand));
    }

    static String campaignCheck(Map<String, Object> campaign, UUID brandId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaign", campaign);
        body.put("brandId", brandId);
        return json(body);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private Requests() {
    }
}

package io.tendlc.devstack.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo organization's 10DLC registration: a brand the TCR simulator verifies (a plausible EIN, a legal name
 * without the simulator's "MISMATCH" trigger) and an account-notification campaign every carrier approves: it
 * names the brand in every sample, says how to opt out, links only the brand's own site, no URL shortener.
 */
final class DemoBrand {

    static final String DISPLAY_NAME = "Demo Coffee Roasters";
    static final String USE_CASE = "ACCOUNT_NOTIFICATION";
    private static final String SITE = "https://www.democoffeeroasters.com";

    private DemoBrand() {
    }

    /** {@code POST /api/v1/brands}. */
    static Map<String, Object> brand() {
        Map<String, Object> brand = new LinkedHashMap<>();
        brand.put("entityType", "PRIVATE_PROFIT");
        brand.put("displayName", DISPLAY_NAME);
        brand.put("companyName", "Demo Coffee Roasters LLC");
        brand.put("ein", "842915736");
        brand.put("einIssuingCountry", "US");
        brand.put("phone", "+14155550142");
        brand.put("email", "hello@democoffeeroasters.com");
        brand.put("street", "500 Howard St");
        brand.put("city", "San Francisco");
        brand.put("state", "CA");
        brand.put("postalCode", "94105");
        brand.put("country", "US");
        brand.put("website", SITE);
        brand.put("vertical", "RETAIL");
        return brand;
    }

    /** {@code POST /api/v1/campaigns} for the brand with this platform id. */
    static Map<String, Object> campaign(String brandId) {
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("brandId", brandId);
        campaign.put("usecase", USE_CASE);
        campaign.put("subUsecases", List.of());
        campaign.put("description", "Demo Coffee Roasters texts order confirmations and pickup-ready alerts to "
                + "customers who asked for order updates by text when ordering on our website.");
        campaign.put("messageFlow", "Customers opt in at checkout on " + SITE + "/order by ticking an unchecked box "
                + "labelled 'Text me order updates from Demo Coffee Roasters. Msg frequency varies. Msg & data rates "
                + "may apply. Reply HELP for help, STOP to opt out.' Opting in is optional and not needed to order. "
                + "Privacy policy: " + SITE + "/privacy");
        campaign.put("samples", List.of(
                "Demo Coffee Roasters: your order [order_number] is confirmed and will be ready for pickup at [time]. "
                        + "Reply STOP to opt out.",
                "Demo Coffee Roasters: your order [order_number] is ready at the counter. Reply HELP for help, STOP "
                        + "to opt out."));
        campaign.put("helpMessage", "Demo Coffee Roasters: for help email hello@democoffeeroasters.com or call "
                + "+14155550142. Reply STOP to opt out.");
        campaign.put("optinMessage", "Demo Coffee Roasters: you will get order updates by text. Msg frequency varies. "
                + "Msg & data rates may apply. Reply HELP for help, STOP to opt out.");
        campaign.put("optoutMessage", "Demo Coffee Roasters: you are unsubscribed and will receive no further "
                + "messages.");
        campaign.put("helpKeywords", List.of("HELP", "INFO"));
        campaign.put("optinKeywords", List.of("START", "YES", "UNSTOP"));
        campaign.put("optoutKeywords", List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE",
                "OPTOUT"));
        campaign.put("subscriberOptin", true);
        campaign.put("subscriberOptout", true);
        campaign.put("subscriberHelp", true);
        campaign.put("embeddedLink", false);
        campaign.put("embeddedPhone", false);
        campaign.put("numberPool", false);
        campaign.put("ageGated", false);
        campaign.put("directLending", false);
        campaign.put("affiliateMarketing", false);
        campaign.put("privacyPolicyLink", SITE + "/privacy");
        campaign.put("termsAndConditionsLink", SITE + "/terms");
        campaign.put("autoRenewal", true);
        return campaign;
    }
}

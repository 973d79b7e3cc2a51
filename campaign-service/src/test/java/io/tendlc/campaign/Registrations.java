package io.tendlc.campaign;

import io.tendlc.events.registry.BrandChanged;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** An organization of the test with approved brands and a compliant campaign to register. */
public final class Registrations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final UUID organization = UUID.randomUUID();
    public final String owner = TestTokens.user(organization, "OWNER");
    public final Api api = Api.at(TestWiring.PORT);

    /** An APPROVED brand of this organization in campaign-service's projection, VERIFIED at TCR. */
    public BrandChanged approvedBrand(Integer vettingScore) {
        return approvedBrand("PRIVATE_PROFIT", vettingScore);
    }

    public BrandChanged approvedBrand(String entityType, Integer vettingScore) {
        awaitWebhookSubscription();
        BrandChanged brand = BrandEvents.approved(organization, TcrSim.verifiedBrand(entityType), entityType,
                vettingScore);
        awaitProjected(brand.brandId());
        return brand;
    }

    /** Waits until campaign-service knows the brand (its use cases answer). */
    public void awaitProjected(UUID brandId) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/v1/campaigns/usecases?brandId=" + brandId, owner).status() == 200);
    }

    /** The service subscribed its webhook endpoint at TCR at start-up (the simulator drops what it cannot send). */
    public static void awaitWebhookSubscription() {
        String endpoint = "http://localhost:" + TestWiring.PORT + "/webhooks/tcr/campaigns";
        await().atMost(Duration.ofSeconds(30)).until(() -> endpoint.equals(TcrSim.campaignWebhookEndpoint()));
    }

    /** A MARKETING campaign for the brand that passes the compliance check, with the given fields replaced. */
    public static String campaign(UUID brandId, Map<String, Object> changes) {
        ObjectNode c = JSON.createObjectNode();
        c.put("brandId", brandId.toString());
        c.put("usecase", "MARKETING");
        c.putArray("subUsecases");
        c.put("description", "Acme Widgets sends weekly promotions, new product announcements and store event "
                + "invitations to customers who opted in on our website or by texting JOIN.");
        c.put("messageFlow", "Customers opt in on the checkout page at https://acme.example/sms with an unchecked, "
                + "optional SMS checkbox, or by texting JOIN to our number. Disclosure shown: Acme Widgets will text "
                + "you deals. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.");
        c.set("samples", JSON.valueToTree(List.of(
                "Acme Widgets: 20% off all widgets this weekend at https://acme.example/sale. Reply STOP to opt out.",
                "Acme Widgets: our new spring catalog is here, browse it at https://acme.example/catalog. Reply HELP "
                        + "for help.")));
        c.put("helpMessage", "Acme Widgets: for help email support@acme.example or call 555-555-0100. Reply STOP to "
                + "opt out.");
        c.put("optinMessage", "Acme Widgets: you are subscribed to deals. Msg frequency varies. Msg & data rates may "
                + "apply. Reply HELP for help, STOP to opt out.");
        c.put("optoutMessage", "Acme Widgets: you are unsubscribed and will receive no further messages.");
        c.set("helpKeywords", JSON.valueToTree(List.of("HELP", "INFO")));
        c.set("optinKeywords", JSON.valueToTree(List.of("JOIN", "START")));
        c.set("optoutKeywords", JSON.valueToTree(List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
                "REVOKE", "OPTOUT")));
        c.put("subscriberOptin", true);
        c.put("subscriberOptout", true);
        c.put("subscriberHelp", true);
        c.put("embeddedLink", true);
        c.put("embeddedPhone", false);
        c.put("numberPool", false);
        c.put("ageGated", false);
        c.put("directLending", false);
        c.put("affiliateMarketing", false);
        c.put("privacyPolicyLink", "https://acme.example/privacy");
        c.put("termsAndConditionsLink", "https://acme.example/terms");
        c.put("autoRenewal", true);
        changes.forEach((field, value) -> c.set(field, JSON.valueToTree(value)));
        return JSON.writeValueAsString(c);
    }

    public static String campaign(UUID brandId) {
        return campaign(brandId, Map.of());
    }

    /** Registers the campaign; its id. */
    public UUID register(String json) {
        Api.Reply created = api.post("/api/v1/campaigns", owner, json);
        if (created.status() != 201) {
            throw new AssertionError("registration answered " + created.status() + " " + created.body());
        }
        return UUID.fromString(created.text("id"));
    }

    public Api.Reply get(UUID campaignId) {
        return api.get("/api/v1/campaigns/" + campaignId, owner);
    }

    public String status(UUID campaignId) {
        return get(campaignId).text("status");
    }

    public String carrier(UUID campaignId, String carrier) {
        return get(campaignId).json().path("carrierStatuses").path(carrier).path("status").asString();
    }

    public UUID approvedCampaign(BrandChanged brand) {
        UUID id = register(campaign(brand.brandId()));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("APPROVED"));
        return id;
    }
}

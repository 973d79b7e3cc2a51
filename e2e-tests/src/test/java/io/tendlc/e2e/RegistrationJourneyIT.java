package io.tendlc.e2e;

import io.tendlc.e2e.Gateway.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.tendlc.e2e.Gateway.assertProblem;
import static io.tendlc.e2e.Gateway.get;
import static io.tendlc.e2e.Gateway.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 4's walk against {@code ./platform up}, through the gateway only, as a new customer: register a brand and see
 * the simulated TCR verify it, submit a MARKETING campaign (refused first, with every reason, then fixed) and watch
 * each carrier approve it, buy a number, assign it, send from it; hear about it in notifications.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationJourneyIT {

    static String access;
    static String brandId;
    static String campaignId;
    static String numberId;
    static String number;

    @BeforeAll
    static void aVerifiedCustomer() throws Exception {
        access = Accounts.signUpVerified("Bea Baker", "Bea's Bakery");
    }

    @Test
    @Order(1)
    void aBrandIsRegisteredAndVerifiedByTcr() throws Exception {
        Reply brand = post("/api/v1/brands", access, null, """
                {"entityType":"PRIVATE_PROFIT","displayName":"Bea's Bakery","companyName":"Bea's Bakery LLC",
                 "ein":"461234567","einIssuingCountry":"US","phone":"+14155550123","email":"owner@beasbakery.com",
                 "street":"1 Market St","city":"San Francisco","state":"CA","postalCode":"94105","country":"US",
                 "website":"https://beasbakery.com","vertical":"RETAIL"}""");
        assertThat(brand.status()).as(brand.json().toString()).isEqualTo(201);
        brandId = brand.text("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode now = get("/api/v1/brands/" + brandId, access, null).json();
            assertThat(now.path("status").asString()).isEqualTo("APPROVED");
            assertThat(now.path("identityStatus").asString()).isIn("VERIFIED", "VETTED_VERIFIED");
            assertThat(now.path("tcrBrandId").asString()).matches("B[A-Z0-9]{6}");
        });
    }

    @Test
    @Order(2)
    void aMarketingCampaignWithAShortenerAndNoOptOutIsRefusedWithBothReasons() throws Exception {
        Reply refused = post("/api/v1/campaigns", access, null, campaign(
                "Fresh croissants today at Bea's Bakery, 20% off: https://bit.ly/bea-deal",
                "Bea's Bakery: your weekly treats are here, see https://bit.ly/bea-week"));
        assertProblem(refused, 422);
        assertThat(refused.problemType()).isEqualTo("compliance-check-failed");
        List<String> messages = new ArrayList<>();
        refused.json().path("findings").forEach(f -> messages.add(f.path("rule").asString() + ": " + f.path("message").asString()));
        assertThat(messages).as("every reason at once").anySatisfy(m -> assertThat(m.toLowerCase()).contains("shortener"))
                .anySatisfy(m -> assertThat(m.toLowerCase()).contains("opt"));
        assertThat(get("/api/v1/campaigns", access, null).json().size()).isZero();
    }

    @Test
    @Order(3)
    void theFixedCampaignIsApprovedByEveryCarrier() throws Exception {
        Reply created = post("/api/v1/campaigns", access, null, campaign(
                "Bea's Bakery: fresh croissants today, 20% off with code CROISSANT. Reply STOP to opt out.",
                "Bea's Bakery: your weekly treats are ready, see https://beasbakery.com/week. Reply STOP to unsubscribe."));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        campaignId = created.text("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode now = get("/api/v1/campaigns/" + campaignId, access, null).json();
            assertThat(now.path("status").asString()).isEqualTo("APPROVED");
            assertThat(now.path("carrierStatuses").toString()).contains("ATT", "TMOBILE", "VERIZON")
                    .doesNotContain("REVIEW", "REJECTED");
            assertThat(now.path("limits").path("attMessagesPerMinute").asInt()).isPositive();
        });
    }

    @Test
    @Order(4)
    void aBoughtNumberAssignedToTheCampaignSendsAndAnUnassignedOneCannot() throws Exception {
        Reply available = get("/api/v1/numbers/available?areaCode=415&limit=5", access, null);
        assertThat(available.status()).as(available.json().toString()).isEqualTo(200);
        List<String> candidates = new ArrayList<>();
        available.json().forEach(n -> candidates.add(n.path("phoneNumber").asString()));
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(2);

        Reply bought = post("/api/v1/numbers", access, null, "{\"phoneNumber\":\"" + candidates.get(0) + "\"}");
        assertThat(bought.status()).as(bought.json().toString()).isEqualTo(201);
        numberId = bought.text("id");
        number = bought.text("e164");
        Reply spare = post("/api/v1/numbers", access, null, "{\"phoneNumber\":\"" + candidates.get(1) + "\"}");
        assertThat(spare.status()).isEqualTo(201);

        Reply unregistered = post("/api/v1/messages", access, null,
                "{\"to\":\"+15551234567\",\"from\":\"" + spare.text("e164") + "\",\"body\":\"Bea's Bakery: hi. Reply STOP to opt out.\"}");
        assertProblem(unregistered, 422);
        assertThat(unregistered.problemType()).isEqualTo("number-not-registered");

        Reply assign = Gateway.send(Gateway.request("/api/v1/numbers/" + numberId + "/campaign", access, null)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"campaignId\":\"" + campaignId + "\"}")));
        assertThat(assign.status()).as(assign.json().toString()).isIn(200, 202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(get("/api/v1/numbers/" + numberId, access, null).text("status")).isEqualTo("ASSIGNED"));

        Reply sent = post("/api/v1/messages", access, null,
                "{\"to\":\"+15551234567\",\"from\":\"" + number + "\",\"body\":\"Bea's Bakery: your order is ready. Reply STOP to opt out.\"}");
        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(202);
        String id = sent.text("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(get("/api/v1/messages/" + id, access, null).text("status")).isEqualTo("delivered"));
    }

    @Test
    @Order(5)
    void theOwnerHearsOfTheApprovals() throws Exception {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode notifications = get("/api/v1/notifications", access, null).json();
            assertThat(notifications.path("items").toString()).contains(brandId, campaignId);
            assertThat(notifications.path("unread").asInt()).isGreaterThanOrEqualTo(2);
        });
    }

    private static String campaign(String sample1, String sample2) {
        return """
                {"brandId":"%s","usecase":"MARKETING","description":"Bea's Bakery sends weekly offers and new product announcements to customers who signed up at the counter or on our website.",
                 "messageFlow":"Customers opt in on https://beasbakery.com/sms by entering their phone number and ticking an unchecked box that says they agree to receive marketing texts from Bea's Bakery; msg & data rates may apply; reply STOP to opt out.",
                 "samples":[%s,%s],
                 "helpMessage":"Bea's Bakery: for help email help@beasbakery.com or call +14155550123. Reply STOP to opt out.",
                 "optinMessage":"Bea's Bakery: you are subscribed to weekly offers, up to 4 msgs/month. Msg & data rates may apply. Reply HELP for help, STOP to opt out.",
                 "optoutMessage":"Bea's Bakery: you are unsubscribed and will receive no further messages.",
                 "helpKeywords":["HELP","INFO"],"optinKeywords":["START","YES"],"optoutKeywords":["STOP","UNSUBSCRIBE","CANCEL","END","QUIT"],
                 "subscriberOptin":true,"subscriberOptout":true,"subscriberHelp":true,"embeddedLink":true,
                 "embeddedLinkSample":"https://beasbakery.com/week","embeddedPhone":false,"numberPool":false,"ageGated":false,
                 "directLending":false,"affiliateMarketing":false,"privacyPolicyLink":"https://beasbakery.com/privacy",
                 "termsAndConditionsLink":"https://beasbakery.com/terms","autoRenewal":true}"""
                .formatted(brandId, json(sample1), json(sample2));
    }

    private static String json(String text) {
        return Gateway.JSON.writeValueAsString(text);
    }
}

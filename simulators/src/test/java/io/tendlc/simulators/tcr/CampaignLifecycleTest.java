package io.tendlc.simulators.tcr;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CampaignLifecycleTest extends TcrSimulatorTestBase {

    private String brandId;

    @BeforeEach
    void brand() throws Exception {
        brandId = verifiedBrand();
    }

    @Test
    void aCleanCampaignIsApprovedByEveryCarrierWithSignedWebhooks() throws Exception {
        HttpResponse<String> created = tcr("POST", "/campaignBuilder",
                campaignJson(brandId, "MARKETING", GOOD_SAMPLE, "\"referenceId\":\"camp-1\""));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode campaign = json(created);
        String campaignId = campaign.get("campaignId").asString();
        assertThat(campaignId).matches("C[A-Z0-9]{6}");
        assertThat(campaign.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(campaign.get("brandId").asString()).isEqualTo(brandId);
        assertThat(campaign.get("helpKeywords").asString()).isEqualTo("HELP,INFO");

        List<TcrWebhookReceiver.Received> decisions = awaitDecisions(campaignId, 3);
        assertThat(decisions).allSatisfy(decision -> {
            assertThat(decision.path()).isEqualTo("/webhooks/tcr/campaign");
            assertThat(decision.signedWith(WEBHOOK_SECRET)).isTrue();
            assertThat(decision.eventType()).isEqualTo("MNO_CAMPAIGN_OPERATION_APPROVED");
            assertThat(decision.get("brandId")).isEqualTo(brandId);
        });
        assertThat(decisions).extracting(decision -> decision.get("mnoId"))
                .containsExactlyInAnyOrder("10017", "10035", "10037");
        assertThat(operationStatus(campaignId))
                .isEqualTo(Map.of("10017", "APPROVED", "10035", "APPROVED", "10037", "APPROVED"));
        assertThat(receiver.forCampaign(campaignId)).anyMatch(r -> "CAMPAIGN_ADD".equals(r.eventType()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Acme Widgets: 20% off this week at https://bit.ly/acme20 Reply STOP to opt out.",
            "Acme Widgets: deals at tinyurl.com/acme-deals today. Reply STOP to opt out.",
            "Acme Widgets: see t.co/abc123 for details. Reply STOP to opt out."})
    void aPublicUrlShortenerIsRejectedByEveryCarrier(String sample) throws Exception {
        String campaignId = createCampaign(brandId, "MARKETING", sample, null);

        List<TcrWebhookReceiver.Received> decisions = awaitDecisions(campaignId, 3);

        assertThat(decisions).allSatisfy(decision -> {
            assertThat(decision.eventType()).isEqualTo("MNO_CAMPAIGN_OPERATION_REJECTED");
            assertThat(decision.get("description")).contains("URL shortener");
        });
        assertThat(operationStatus(campaignId)).containsOnlyKeys("10017", "10035", "10037")
                .allSatisfy((mno, status) -> assertThat(status).isEqualTo("REJECTED"));
    }

    @Test
    void shaftContentIsRejectedWithoutAnAgeGateAndApprovedBehindOne() throws Exception {
        String sample = "Acme Wine Bar: two for one on every wine tonight. Reply STOP to opt out.";
        String ungated = createCampaign(brandId, "MARKETING", sample, null);
        String gated = createCampaign(brandId, "MARKETING", sample, "\"ageGated\":true");

        assertThat(awaitDecisions(ungated, 3)).allSatisfy(decision -> {
            assertThat(decision.eventType()).isEqualTo("MNO_CAMPAIGN_OPERATION_REJECTED");
            assertThat(decision.get("description")).contains("SHAFT").contains("age gate");
        });
        assertThat(awaitDecisions(gated, 3))
                .allMatch(decision -> decision.eventType().equals("MNO_CAMPAIGN_OPERATION_APPROVED"));
    }

    @Test
    void aPoliticalCampaignStaysInReview() throws Exception {
        String campaignId = createCampaign(brandId, "POLITICAL",
                "Acme for Mayor: vote on Tuesday at your polling place. Reply STOP to opt out.", null);

        assertThat(awaitDecisions(campaignId, 3))
                .allMatch(decision -> decision.eventType().equals("MNO_CAMPAIGN_OPERATION_REVIEW"));
        assertThat(operationStatus(campaignId).values()).containsOnly("REVIEW");
    }

    @Test
    void aBrandThatIsNotVerifiedCannotRegisterACampaign() throws Exception {
        knobs.update(new TcrKnobs.Update(5_000L, null, null, null, null, null, null, null, null));
        String selfDeclared = createBrand("PRIVATE_PROFIT", "Acme Widgets LLC", einEndingIn(11), null);

        HttpResponse<String> refused = tcr("POST", "/campaignBuilder",
                campaignJson(selfDeclared, "MARKETING", GOOD_SAMPLE, null));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = json(refused).get(0);
        assertThat(error.get("field").asString()).isEqualTo("brandId");
        assertThat(error.get("description").asString()).contains("SELF_DECLARED");
    }

    @Test
    void anEditedCampaignIsResubmittedAndReviewedAgain() throws Exception {
        String campaignId = createCampaign(brandId, "MARKETING",
                "Acme Widgets: shop now at bit.ly/acme. Reply STOP to opt out.", null);
        assertThat(awaitDecisions(campaignId, 3))
                .allMatch(decision -> decision.eventType().equals("MNO_CAMPAIGN_OPERATION_REJECTED"));

        HttpResponse<String> edited = tcr("PUT", "/campaign/" + campaignId,
                "{\"sample1\":\"" + GOOD_SAMPLE + "\"}");

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited).get("sample1").asString()).isEqualTo(GOOD_SAMPLE);
        await().atMost(WAIT).until(() -> receiver.forCampaign(campaignId).stream()
                .filter(r -> r.eventType().equals("MNO_CAMPAIGN_OPERATION_APPROVED")).count() == 3);
        assertThat(receiver.forCampaign(campaignId)).anyMatch(r -> r.eventType().equals("CAMPAIGN_RESUBMISSION"));
        assertThat(operationStatus(campaignId).values()).containsOnly("APPROVED");
    }

    @Test
    void deactivatingExpiresTheCampaign() throws Exception {
        String campaignId = createCampaign(brandId, "ACCOUNT_NOTIFICATION", GOOD_SAMPLE, null);
        awaitDecisions(campaignId, 3);

        HttpResponse<String> deactivated = tcr("DELETE", "/campaign/" + campaignId, null);

        assertThat(deactivated.statusCode()).isEqualTo(200);
        assertThat(json(tcr("GET", "/campaign/" + campaignId, null)).get("status").asString()).isEqualTo("EXPIRED");
        await().atMost(WAIT).until(() -> receiver.forCampaign(campaignId).stream()
                .anyMatch(r -> r.eventType().equals("CAMPAIGN_EXPIRED") && r.signedWith(WEBHOOK_SECRET)));
        assertThat(tcr("PUT", "/campaign/" + campaignId, "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void aCarrierCanSuspendAnApprovedCampaignLater() throws Exception {
        String campaignId = createCampaign(brandId, "CUSTOMER_CARE", GOOD_SAMPLE, null);
        awaitDecisions(campaignId, 3);

        HttpResponse<String> suspended = send("POST", "/sim/tcr/campaign/" + campaignId + "/operationStatus",
                "{\"mnoId\":\"10035\",\"status\":\"SUSPENDED\",\"description\":\"spam complaints\"}", null);

        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(operationStatus(campaignId)).containsEntry("10035", "SUSPENDED").containsEntry("10017", "APPROVED");
        await().atMost(WAIT).until(() -> receiver.forCampaign(campaignId).stream()
                .anyMatch(r -> r.eventType().equals("MNO_CAMPAIGN_OPERATION_SUSPENDED")
                        && "10035".equals(r.get("mnoId")) && "spam complaints".equals(r.get("description"))));
    }

    @Test
    void aSoleProprietorBrandOnlyRegistersTheSoleProprietorUseCase() throws Exception {
        String soleProprietor = createBrand("SOLE_PROPRIETOR", "Ada Lovelace", null, null);
        await().atMost(WAIT).until(() -> "VERIFIED".equals(
                json(tcr("GET", "/brand/" + soleProprietor, null)).get("identityStatus").asString()));

        assertThat(tcr("POST", "/campaignBuilder", campaignJson(soleProprietor, "MARKETING", GOOD_SAMPLE, null))
                .statusCode()).isEqualTo(400);
        createCampaign(soleProprietor, "SOLE_PROPRIETOR", GOOD_SAMPLE, null);
        assertThat(tcr("POST", "/campaignBuilder", campaignJson(brandId, "SOLE_PROPRIETOR", GOOD_SAMPLE, null))
                .statusCode()).isEqualTo(400);
    }

    private List<TcrWebhookReceiver.Received> awaitDecisions(String campaignId, int count) {
        await().atMost(WAIT).until(() -> decisions(campaignId).size() >= count);
        return decisions(campaignId);
    }

    private List<TcrWebhookReceiver.Received> decisions(String campaignId) {
        return receiver.forCampaign(campaignId).stream()
                .filter(r -> r.eventType().startsWith("MNO_CAMPAIGN_OPERATION_")).toList();
    }

    private Map<String, String> operationStatus(String campaignId) throws Exception {
        HttpResponse<String> response = tcr("GET", "/campaign/" + campaignId + "/operationStatus", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readValue(response.body(), new tools.jackson.core.type.TypeReference<Map<String, String>>() { });
    }
}

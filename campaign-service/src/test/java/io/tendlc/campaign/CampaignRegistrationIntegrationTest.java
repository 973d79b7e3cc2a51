package io.tendlc.campaign;

import io.tendlc.events.registry.BrandChanged;
import io.tendlc.events.registry.CampaignChanged;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Campaign registration end to end: API → compliance → TCR simulator → carriers' webhooks → events on Kafka. */
@CampaignServiceTest
class CampaignRegistrationIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    final Registrations org = new Registrations();

    @Test
    void aRegisteredCampaignIsApprovedByEveryCarrierAndAnnouncedOnceWithItsLimits() {
        BrandChanged brand = org.approvedBrand(82);

        Api.Reply created = org.api.post("/api/v1/campaigns", org.owner, Registrations.campaign(brand.brandId()));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        UUID id = UUID.fromString(body.path("id").asString());
        assertThat(created.headers().getLocation()).hasToString("/api/v1/campaigns/" + id);
        assertThat(body.path("status").asString()).isEqualTo("PENDING");
        assertThat(body.path("tcrCampaignId").asString()).matches("C[A-Z0-9]{6}");
        assertThat(body.path("brandId").asString()).isEqualTo(brand.brandId().toString());
        assertThat(body.path("usecase").asString()).isEqualTo("MARKETING");
        assertThat(body.path("samples")).hasSize(2);
        assertThat(body.path("optoutKeywords").toString()).contains("STOP", "REVOKE");
        assertThat(body.path("limits").path("attMessagesPerMinute").asInt()).isEqualTo(4500);
        assertThat(body.path("limits").path("tmobileDailySegments").asInt()).isEqualTo(200000);
        assertThat(body.path("carrierStatuses").path("ATT").path("status").asString()).isEqualTo("REVIEW");

        await().atMost(Duration.ofSeconds(20)).until(() -> org.status(id).equals("APPROVED"));
        JsonNode approved = org.get(id).json();
        for (String carrier : List.of("ATT", "TMOBILE", "VERIZON")) {
            assertThat(approved.path("carrierStatuses").path(carrier).path("status").asString()).isEqualTo("APPROVED");
        }

        CampaignChanged announced = RecordedEvents.await(id, "campaign.approved").payload();
        assertThat(announced.status()).isEqualTo("APPROVED");
        assertThat(announced.organizationId()).isEqualTo(org.organization);
        assertThat(announced.brandId()).isEqualTo(brand.brandId());
        assertThat(announced.tcrCampaignId()).isEqualTo(body.path("tcrCampaignId").asString());
        assertThat(announced.usecase()).isEqualTo("MARKETING");
        assertThat(announced.carrierStatuses()).isEqualTo(Map.of("ATT", "APPROVED", "TMOBILE", "APPROVED",
                "VERIZON", "APPROVED"));
        assertThat(announced.attMessagesPerMinute()).isEqualTo(4500);
        assertThat(announced.tmobileDailySegments()).isEqualTo(200000);
        assertThat(RecordedEvents.countAfterQuietPeriod(id, "campaign.approved")).isEqualTo(1);
        assertThat(RecordedEvents.of(id).getFirst().type()).isEqualTo("campaign.created");

        List<String> timeline = new ArrayList<>();
        org.api.get("/api/v1/campaigns/" + id + "/events", org.owner).json()
                .forEach(e -> timeline.add(e.path("eventType").asString() + " " + e.path("carrier").asString("")));
        assertThat(timeline).contains("CAMPAIGN_ADD ", "MNO_CAMPAIGN_OPERATION_APPROVED ATT",
                "MNO_CAMPAIGN_OPERATION_APPROVED TMOBILE", "MNO_CAMPAIGN_OPERATION_APPROVED VERIZON");
        assertThat(org.api.get("/api/v1/campaigns", org.owner).json()).hasSize(1);
    }

    @Test
    void everyComplianceProblemIsListedAtOnceAndNothingReachesTcr() {
        BrandChanged brand = org.approvedBrand(82);
        int tcrCallsBefore = TcrProxy.shared().calls().size();

        Api.Reply refused = org.api.post("/api/v1/campaigns", org.owner, Registrations.campaign(brand.brandId(),
                Map.of("samples", List.of(
                        "Acme Widgets: 20% off all widgets this weekend at https://bit.ly/acme-sale today.",
                        "Acme Widgets: our new spring catalog is here, browse it at https://acme.example/catalog."))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).isEqualTo("https://tendlc.io/problems/compliance-check-failed");
        List<String> rules = new ArrayList<>();
        refused.json().path("findings").forEach(f -> rules.add(f.path("rule").asString() + " " + f.path("field").asString()));
        assertThat(rules).contains("url-shortener samples[0]", "sample-missing-opt-out samples");
        assertThat(refused.json().path("findings").toString()).contains("\"resubmittable\":false");
        assertThat(TcrProxy.shared().calls().subList(tcrCallsBefore, TcrProxy.shared().calls().size()))
                .noneMatch(call -> call.contains("campaignBuilder"));
        assertThat(org.api.get("/api/v1/campaigns", org.owner).json()).isEmpty();
    }

    @Test
    void malformedCampaignsAreValidationProblemsListingEveryField() {
        BrandChanged brand = org.approvedBrand(82);
        Api.Reply invalid = org.api.post("/api/v1/campaigns", org.owner, Registrations.campaign(brand.brandId(),
                Map.of("samples", List.of("Acme Widgets: only one sample. Reply STOP to opt out."),
                        "usecase", "marketing please", "privacyPolicyLink", "acme.example/privacy",
                        "optoutKeywords", List.of("STOP,END"))));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("type")).isEqualTo("https://tendlc.io/problems/validation");
        assertThat(invalid.text("detail")).contains("samples", "usecase", "privacyPolicyLink", "optoutKeywords");
        assertThat(org.api.post("/api/v1/campaigns", org.owner, "{\"brandId\":").text("type"))
                .isEqualTo("https://tendlc.io/problems/malformed-request");
        assertThat(org.api.post("/api/v1/campaigns", org.owner, "{}").status()).isEqualTo(400);
        assertThat(org.api.get("/api/v1/campaigns/not-a-uuid", org.owner).status()).isEqualTo(400);
    }

    @Test
    void onlyAnApprovedBrandOfTheCallersOrganizationMayHaveCampaigns() {
        BrandChanged pending = new BrandChanged(UUID.randomUUID(), org.organization, null, "Acme Widgets",
                "Acme Widgets LLC", "PRIVATE_PROFIT", "SELF_DECLARED", null, "PENDING", null, java.time.Instant.now());
        BrandEvents.publish(io.tendlc.events.EventTypes.BRAND_REGISTERED, pending);
        org.awaitProjected(pending.brandId());

        Api.Reply notApproved = org.api.post("/api/v1/campaigns", org.owner, Registrations.campaign(pending.brandId()));
        assertThat(notApproved.status()).isEqualTo(409);
        assertThat(notApproved.text("type")).isEqualTo("https://tendlc.io/problems/brand-not-approved");

        Registrations other = new Registrations();
        BrandChanged theirs = other.approvedBrand(82);
        Api.Reply foreign = org.api.post("/api/v1/campaigns", org.owner, Registrations.campaign(theirs.brandId()));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(org.api.post("/api/v1/campaigns", org.owner, Registrations.campaign(UUID.randomUUID())).status())
                .isEqualTo(404);

        // a brand suspended later takes no new campaigns; an older event arriving late does not revive it
        BrandChanged mine = org.approvedBrand(82);
        BrandChanged suspended = BrandEvents.changed(mine, "SUSPENDED", 82);
        BrandEvents.publish(io.tendlc.events.EventTypes.BRAND_APPROVED, mine);
        await().atMost(Duration.ofSeconds(20)).until(() -> org.api.post("/api/v1/campaigns", org.owner,
                Registrations.campaign(suspended.brandId())).status() == 409);
    }

    @Test
    void aPoliticalCampaignStaysInReview() {
        BrandChanged brand = org.approvedBrand(82);
        UUID id = org.register(Registrations.campaign(brand.brandId(), Map.of("usecase", "POLITICAL")));

        await().atMost(Duration.ofSeconds(20)).until(() -> eventTypes(id).stream()
                .filter(t -> t.equals("MNO_CAMPAIGN_OPERATION_REVIEW")).count() == 3);
        JsonNode campaign = org.get(id).json();
        assertThat(campaign.path("status").asString()).isEqualTo("PENDING");
        for (String carrier : List.of("ATT", "TMOBILE", "VERIZON")) {
            assertThat(campaign.path("carrierStatuses").path(carrier).path("status").asString()).isEqualTo("REVIEW");
        }
        assertThat(RecordedEvents.of(id)).noneMatch(e -> e.type().equals("campaign.approved"));
    }

    @Test
    void whenTcrIsDownTheCampaignIsKeptAndSubmittedLater() {
        BrandChanged brand = org.approvedBrand(82);
        TcrProxy.shared().down();
        UUID id;
        try {
            Api.Reply created = org.api.post("/api/v1/campaigns", org.owner, Registrations.campaign(brand.brandId()));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().path("tcrCampaignId").isNull()).isTrue();
            assertThat(created.text("status")).isEqualTo("PENDING");
            assertThat(created.json().path("tcrSync").path("pendingOperation").asString()).isEqualTo("CREATE");
            assertThat(created.json().path("tcrSync").path("lastError").asString()).isNotBlank();
            id = UUID.fromString(created.text("id"));
            // still down a while later: the job keeps it and keeps trying
            await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> org.get(id).json().path("tcrSync").path("attempts").asInt() >= 2);
            assertThat(org.get(id).json().path("tcrCampaignId").isNull()).isTrue();
        } finally {
            TcrProxy.shared().up();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> org.status(id).equals("APPROVED"));
        JsonNode submitted = org.get(id).json();
        assertThat(submitted.path("tcrCampaignId").asString()).matches("C[A-Z0-9]{6}");
        assertThat(submitted.path("tcrSync").path("pendingOperation").isNull()).isTrue();
        assertThat(TcrProxy.shared().calls()).filteredOn(c -> c.startsWith("POST /tcr/v2/campaignBuilder")
                && c.contains(id.toString())).hasSize(1);
    }

    @Test
    void aCampaignTcrRefusesIsRejectedWithTcrsErrors() {
        BrandChanged unknownAtTcr = BrandEvents.approved(org.organization, "BNOSUCH", "PRIVATE_PROFIT", 82);
        org.awaitProjected(unknownAtTcr.brandId());

        Api.Reply refused = org.api.post("/api/v1/campaigns", org.owner, Registrations.campaign(unknownAtTcr.brandId()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).isEqualTo("https://tendlc.io/problems/tcr-rejected");
        assertThat(refused.json().path("errors").toString()).contains("brandId");
        UUID id = UUID.fromString(refused.text("campaignId"));
        assertThat(org.status(id)).isEqualTo("REJECTED");
        assertThat(org.get(id).text("statusReason")).contains("TCR refused");
        assertThat(RecordedEvents.await(id, "campaign.rejected").payload().reason()).contains("BNOSUCH");
    }

    @Test
    void throughputLimitsFollowTheBrandsVettingScoreEntityTypeAndUseCase() {
        assertThat(limitsOf(org.approvedBrand(60), "MARKETING")).isEqualTo("2400/40000");
        assertThat(limitsOf(org.approvedBrand(30), "MARKETING")).isEqualTo("240/10000");
        assertThat(limitsOf(org.approvedBrand(null), "MARKETING")).isEqualTo("240/2000");
        assertThat(limitsOf(org.approvedBrand(90), "LOW_VOLUME")).isEqualTo("75/200000");
        assertThat(limitsOf(org.approvedBrand("SOLE_PROPRIETOR", null), "SOLE_PROPRIETOR")).isEqualTo("15/1000");

        // the brand is vetted again: its live campaign's limits follow, and consumers hear of it
        BrandChanged brand = org.approvedBrand(30);
        UUID id = org.approvedCampaign(brand);
        BrandEvents.changed(brand, "APPROVED", 80);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                org.get(id).json().path("limits").path("attMessagesPerMinute").asInt() == 4500);
        assertThat(RecordedEvents.of(id)).anyMatch(e -> e.type().equals("campaign.updated")
                && e.payload().attMessagesPerMinute() == 4500 && e.payload().tmobileDailySegments() == 200000
                && e.payload().status().equals("APPROVED"));
    }

    private String limitsOf(BrandChanged brand, String usecase) {
        Map<String, Object> changes = usecase.equals("LOW_VOLUME")
                ? Map.of("usecase", usecase, "subUsecases", List.of("MARKETING", "ACCOUNT_NOTIFICATION"))
                : Map.of("usecase", usecase);
        JsonNode limits = org.get(org.register(Registrations.campaign(brand.brandId(), changes))).json().path("limits");
        return limits.path("attMessagesPerMinute").asInt() + "/" + limits.path("tmobileDailySegments").asInt();
    }

    @Test
    void anEditedCampaignIsReviewedAgainAndADeactivatedOneEnds() {
        BrandChanged brand = org.approvedBrand(82);
        UUID id = org.approvedCampaign(brand);
        String tcrId = org.get(id).text("tcrCampaignId");

        Api.Reply edited = org.api.patch("/api/v1/campaigns/" + id, org.owner,
                "{\"description\":\"Acme Widgets sends monthly promotions, product news and invitations to store "
                        + "events to customers who opted in on our website or by texting JOIN.\"}");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("status")).isEqualTo("PENDING");
        assertThat(edited.text("description")).contains("monthly");
        assertThat(edited.json().path("samples")).hasSize(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> org.status(id).equals("APPROVED"));
        assertThat(TcrSim.campaign(tcrId).path("description").asString()).contains("monthly");
        assertThat(TcrProxy.shared().calls()).anyMatch(c -> c.startsWith("PUT /tcr/v2/campaign/" + tcrId));

        Api.Reply shortener = org.api.patch("/api/v1/campaigns/" + id, org.owner,
                "{\"samples\":[\"Acme Widgets: deals at https://tinyurl.com/acme. Reply STOP to opt out.\","
                        + "\"Acme Widgets: our new spring catalog is here. Reply HELP for help.\"]}");
        assertThat(shortener.status()).isEqualTo(422);
        Api.Reply oneSample = org.api.patch("/api/v1/campaigns/" + id, org.owner,
                "{\"samples\":[\"Acme Widgets: a single sample. Reply STOP to opt out.\"]}");
        assertThat(oneSample.status()).isEqualTo(400);
        assertThat(oneSample.text("type")).isEqualTo("https://tendlc.io/problems/validation");
        assertThat(org.status(id)).isEqualTo("APPROVED");

        Api.Reply resubmitted = org.api.post("/api/v1/campaigns/" + id + "/resubmit", org.owner, "");
        assertThat(resubmitted.status()).isEqualTo(200);
        assertThat(resubmitted.text("status")).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(20)).until(() -> org.status(id).equals("APPROVED"));

        Api.Reply deactivated = org.api.delete("/api/v1/campaigns/" + id, org.owner);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.text("status")).isEqualTo("DELETED");
        assertThat(deactivated.json().path("tcrSync").path("pendingOperation").isNull()).isTrue();
        assertThat(TcrSim.campaign(tcrId).path("status").asString()).isEqualTo("EXPIRED");
        assertThat(RecordedEvents.await(id, "campaign.deleted").payload().status()).isEqualTo("DELETED");
        await().atMost(Duration.ofSeconds(20)).until(() -> eventTypes(id).contains("CAMPAIGN_EXPIRED"));
        assertThat(org.status(id)).isEqualTo("DELETED");
        assertThat(org.api.delete("/api/v1/campaigns/" + id, org.owner).status()).isEqualTo(200);
        Api.Reply ended = org.api.patch("/api/v1/campaigns/" + id, org.owner, "{\"autoRenewal\":false}");
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.text("type")).isEqualTo("https://tendlc.io/problems/campaign-ended");
        assertThat(RecordedEvents.countAfterQuietPeriod(id, "campaign.approved")).isEqualTo(3);
    }

    @Test
    void aCarrierSuspensionSuspendsTheCampaignUntilLifted() {
        BrandChanged brand = org.approvedBrand(82);
        UUID id = org.approvedCampaign(brand);
        String tcrId = org.get(id).text("tcrCampaignId");

        TcrSim.carrierDecides(tcrId, "10035", "SUSPENDED", "T-Mobile: spam complaints");
        await().atMost(Duration.ofSeconds(20)).until(() -> org.status(id).equals("SUSPENDED"));
        assertThat(org.get(id).text("statusReason")).contains("T-Mobile: spam complaints");
        assertThat(RecordedEvents.await(id, "campaign.suspended").payload().carrierStatuses())
                .containsEntry("TMOBILE", "SUSPENDED").containsEntry("ATT", "APPROVED");

        TcrSim.carrierDecides(tcrId, "10035", "APPROVED", "T-Mobile: suspension lifted");
        await().atMost(Duration.ofSeconds(20)).until(() -> org.status(id).equals("APPROVED"));
        assertThat(RecordedEvents.countAfterQuietPeriod(id, "campaign.approved")).isEqualTo(2);
    }

    @Test
    void aCampaignWhoseWebhooksWereLostIsReconciledFromTcr() {
        BrandChanged brand = org.approvedBrand(82);
        UUID id = org.approvedCampaign(brand);
        // as if the carriers' verdicts had never reached us
        jdbc.update("update carrier_status set status = 'REVIEW', event_at = null where campaign_id = ?", id);
        jdbc.update("update campaign set status = 'PENDING', updated_at = now() - interval '1 minute', "
                + "reconciled_at = null where id = ?", id);
        assertThat(org.status(id)).isEqualTo("PENDING");

        await().atMost(Duration.ofSeconds(20)).until(() -> org.status(id).equals("APPROVED"));
        assertThat(org.get(id).json().path("carrierStatuses").path("VERIZON").path("reason").asString())
                .contains("operation status");
    }

    @Test
    void useCasesAreOfferedByWhatTheBrandMayRegister() {
        BrandChanged unvetted = org.approvedBrand(null);
        JsonNode choices = org.api.get("/api/v1/campaigns/usecases?brandId=" + unvetted.brandId(), org.owner).json();
        assertThat(choice(choices, "MARKETING").path("allowed").asBoolean()).isTrue();
        assertThat(choice(choices, "POLITICAL").path("allowed").asBoolean()).isFalse();
        assertThat(choice(choices, "POLITICAL").path("reason").asString()).isNotBlank();
        assertThat(choice(choices, "SOLE_PROPRIETOR").path("allowed").asBoolean()).isFalse();

        Api.Reply notAllowed = org.api.post("/api/v1/campaigns", org.owner,
                Registrations.campaign(unvetted.brandId(), Map.of("usecase", "POLITICAL")));
        assertThat(notAllowed.status()).isEqualTo(422);
        assertThat(notAllowed.json().path("findings").toString()).contains("usecase");
        assertThat(org.api.get("/api/v1/campaigns/usecases?brandId=" + UUID.randomUUID(), org.owner).status())
                .isEqualTo(404);
        assertThat(org.api.get("/api/v1/campaigns/usecases", org.owner).status()).isEqualTo(400);
    }

    @Test
    void rolesDecideWhoMayReadAndWhoMayRegister() {
        BrandChanged brand = org.approvedBrand(82);
        String campaign = Registrations.campaign(brand.brandId());
        assertThat(org.api.post("/api/v1/campaigns", TestTokens.user(org.organization, "VIEWER"), campaign).status())
                .isEqualTo(403);
        assertThat(org.api.post("/api/v1/campaigns", TestTokens.user(org.organization, "AGENT"), campaign).status())
                .isEqualTo(403);
        assertThat(org.api.post("/api/v1/campaigns", TestTokens.apiKey(org.organization, "campaigns:read"), campaign)
                .status()).isEqualTo(403);
        UUID id = org.register(campaign);
        assertThat(org.api.get("/api/v1/campaigns/" + id, TestTokens.user(org.organization, "AGENT")).status())
                .isEqualTo(200);
        assertThat(org.api.delete("/api/v1/campaigns/" + id, TestTokens.user(org.organization, "VIEWER")).status())
                .isEqualTo(403);
        assertThat(org.api.post("/api/v1/campaigns", TestTokens.user(org.organization, "MANAGER"),
                Registrations.campaign(brand.brandId())).status()).isEqualTo(201);
        assertThat(org.api.get("/api/v1/campaigns", null).status()).isEqualTo(401);
    }

    private List<String> eventTypes(UUID id) {
        List<String> types = new ArrayList<>();
        org.api.get("/api/v1/campaigns/" + id + "/events", org.owner).json()
                .forEach(e -> types.add(e.path("eventType").asString()));
        return types;
    }

    private static JsonNode choice(JsonNode choices, String usecase) {
        for (JsonNode c : choices) {
            if (c.path("usecase").asString().equals(usecase)) {
                return c;
            }
        }
        throw new AssertionError("no use case " + usecase + " in " + choices);
    }
}

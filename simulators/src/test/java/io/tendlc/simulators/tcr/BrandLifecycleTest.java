package io.tendlc.simulators.tcr;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BrandLifecycleTest extends TcrSimulatorTestBase {

    @Test
    void aBrandIsCreatedSelfDeclaredThenVerifiedWithASignedWebhook() throws Exception {
        HttpResponse<String> created = tcr("POST", "/brand/nonBlocking",
                brandJson("PRIVATE_PROFIT", "Acme Widgets LLC", einEndingIn(42), "\"referenceId\":\"ref-1\""));

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode brand = json(created);
        String brandId = brand.get("brandId").asString();
        assertThat(brandId).matches("B[A-Z0-9]{6}");
        assertThat(brand.get("identityStatus").asString()).isEqualTo("SELF_DECLARED");
        assertThat(brand.get("companyName").asString()).isEqualTo("Acme Widgets LLC");
        assertThat(brand.get("referenceId").asString()).isEqualTo("ref-1");
        assertThat(Instant.parse(brand.get("createDate").asString())).isBeforeOrEqualTo(Instant.now());

        await().atMost(WAIT).until(() -> !receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE").isEmpty());
        TcrWebhookReceiver.Received update = receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE").getFirst();
        assertThat(update.path()).isEqualTo("/webhooks/tcr/brand");
        assertThat(update.signedWith(WEBHOOK_SECRET)).isTrue();
        assertThat(update.signedWith("another-secret")).isFalse();
        assertThat(update.get("brandIdentityStatus")).isEqualTo("VERIFIED");
        assertThat(update.get("eventId")).isNotBlank();
        assertThat(Instant.parse(update.get("timestamp"))).isBeforeOrEqualTo(Instant.now());
        assertThat(update.json().has("campaignId")).as("absent fields are omitted").isFalse();
        assertThat(json(tcr("GET", "/brand/" + brandId, null)).get("identityStatus").asString()).isEqualTo("VERIFIED");
        assertThat(receiver.forBrand(brandId, "BRAND_ADD")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} {1} ein {2} → {4}")
    @CsvSource(delimiter = '|', value = {
            "PRIVATE_PROFIT  | Acme Widgets LLC      | 11-1111111 |                                               | EIN does not match the legal name",
            "PRIVATE_PROFIT  | Acme Widgets LLC      | 12-3456789 |                                               | EIN does not match the legal name",
            "PRIVATE_PROFIT  | Acme MISMATCH Corp    | 45-6789012 |                                               | EIN does not match the legal name",
            "PUBLIC_PROFIT   | Acme Holdings Inc     | 45-6789013 |                                               | stock symbol required",
            "NON_PROFIT      | Helping Hands NO501C  | 45-6789014 |                                               | no 501(c) status found",
            "PUBLIC_PROFIT   | Acme Holdings Inc     | 45-6789015 | \"stockSymbol\":\"ACME\",\"stockExchange\":\"NASDAQ\" | ",
            "NON_PROFIT      | Helping Hands         | 45-6789016 |                                               | ",
            "GOVERNMENT      | City of Springfield   | 45-6789017 |                                               | ",
            "SOLE_PROPRIETOR | Ada Lovelace          |            |                                               | "})
    void identityVerificationFollowsTheRules(String entityType, String companyName, String ein, String extra,
                                             String reason) throws Exception {
        String brandId = createBrand(entityType, companyName, ein, extra);

        await().atMost(WAIT).until(() -> !receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE").isEmpty());
        TcrWebhookReceiver.Received update = receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE").getFirst();
        JsonNode brand = json(tcr("GET", "/brand/" + brandId, null));
        if (reason == null) {
            assertThat(update.get("brandIdentityStatus")).isEqualTo("VERIFIED");
            assertThat(brand.get("identityStatus").asString()).isEqualTo("VERIFIED");
        } else {
            assertThat(update.get("brandIdentityStatus")).isEqualTo("UNVERIFIED");
            assertThat(update.get("description")).isEqualTo(reason);
            assertThat(brand.get("identityStatus").asString()).isEqualTo("UNVERIFIED");
            assertThat(brand.get("identityStatusReason").asString()).isEqualTo(reason);
        }
    }

    @Test
    void editingAnUnverifiedBrandVerifiesItAgain() throws Exception {
        String brandId = createBrand("PRIVATE_PROFIT", "Acme Widgets LLC", "22-2222222", null);
        await().atMost(WAIT).until(() -> "UNVERIFIED".equals(identityStatus(brandId)));

        HttpResponse<String> edited = tcr("PUT", "/brand/" + brandId, "{\"ein\":\"" + einEndingIn(55) + "\"}");

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited).get("displayName").asString()).as("other fields kept").isEqualTo("Acme Widgets LLC");
        await().atMost(WAIT).until(() -> "VERIFIED".equals(identityStatus(brandId)));
        await().atMost(WAIT).until(() -> receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE").stream()
                .anyMatch(r -> "VERIFIED".equals(r.get("brandIdentityStatus"))));
    }

    @Test
    void revetRunsVerificationAgain() throws Exception {
        String brandId = createBrand("PRIVATE_PROFIT", "Acme Widgets LLC", einEndingIn(12), null);
        await().atMost(WAIT).until(() -> receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE").size() == 1);
        knobs.update(new TcrKnobs.Update(null, null, null, null, null, null, "UNVERIFIED", null, null));

        assertThat(tcr("PUT", "/brand/" + brandId + "/revet", null).statusCode()).isEqualTo(200);

        await().atMost(WAIT).until(() -> "UNVERIFIED".equals(identityStatus(brandId)));
        assertThat(receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE")).hasSize(2);
    }

    @Test
    void externalVettingScoresTheBrandFromItsEinAndMakesItVettedVerified() throws Exception {
        String brandId = verifiedBrand();

        HttpResponse<String> ordered = tcr("POST", "/brand/" + brandId + "/externalVetting",
                "{\"evpId\":\"AEGIS\",\"vettingClass\":\"STANDARD\"}");

        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(200);
        assertThat(json(ordered).get("vettingStatus").asString()).isEqualTo("PENDING");
        assertThat(json(ordered).get("vettingId").asString()).isNotBlank();
        await().atMost(WAIT).until(() -> !receiver.forBrand(brandId, "BRAND_SCORE_UPDATE").isEmpty());
        TcrWebhookReceiver.Received score = receiver.forBrand(brandId, "BRAND_SCORE_UPDATE").getFirst();
        assertThat(score.path()).as("VETTING category").isEqualTo("/webhooks/tcr/vetting");
        assertThat(score.signedWith(WEBHOOK_SECRET)).isTrue();
        assertThat(score.json().get("vettingScore").asInt()).isEqualTo(80);
        assertThat(score.get("vettingStatus")).isEqualTo("ACTIVE");
        JsonNode vettings = json(tcr("GET", "/brand/" + brandId + "/externalVetting", null));
        assertThat(vettings.get(0).get("vettingScore").asInt()).isEqualTo(80);
        assertThat(vettings.get(0).get("vettingStatus").asString()).isEqualTo("ACTIVE");
        assertThat(identityStatus(brandId)).isEqualTo("VETTED_VERIFIED");
        await().atMost(WAIT).until(() -> receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE").stream()
                .anyMatch(r -> "VETTED_VERIFIED".equals(r.get("brandIdentityStatus"))));
    }

    @Test
    void soleProprietorsCannotBeVetted() throws Exception {
        String brandId = createBrand("SOLE_PROPRIETOR", "Ada Lovelace", null, null);

        HttpResponse<String> ordered = tcr("POST", "/brand/" + brandId + "/externalVetting",
                "{\"evpId\":\"AEGIS\",\"vettingClass\":\"STANDARD\"}");

        assertThat(ordered.statusCode()).isEqualTo(400);
        assertThat(json(ordered).get(0).get("field").asString()).isEqualTo("brandId");
    }

    @Test
    void aDeletedBrandIsGoneAndABrandWithAnActiveCampaignCannotBeDeleted() throws Exception {
        String lonely = createBrand("PRIVATE_PROFIT", "Acme Widgets LLC", einEndingIn(30), null);
        assertThat(tcr("DELETE", "/brand/" + lonely, null).statusCode()).isEqualTo(200);
        assertThat(tcr("GET", "/brand/" + lonely, null).statusCode()).isEqualTo(404);

        String busy = verifiedBrand();
        String campaignId = createCampaign(busy, "MARKETING", GOOD_SAMPLE, null);
        HttpResponse<String> refused = tcr("DELETE", "/brand/" + busy, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get(0).get("code").asInt()).isEqualTo(TcrError.INVALID_STATE);

        tcr("DELETE", "/campaign/" + campaignId, null);
        assertThat(tcr("DELETE", "/brand/" + busy, null).statusCode()).isEqualTo(200);
    }

    @Test
    void verificationOfAnEditedBrandOnlyReportsTheLatestRound() throws Exception {
        knobs.update(new TcrKnobs.Update(300L, null, null, null, null, null, null, null, null));
        String brandId = createBrand("PRIVATE_PROFIT", "Acme Widgets LLC", "33-3333333", null);

        tcr("PUT", "/brand/" + brandId, "{\"ein\":\"" + einEndingIn(61) + "\"}");

        await().atMost(WAIT).until(() -> "VERIFIED".equals(identityStatus(brandId)));
        List<String> statuses = receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE").stream()
                .map(r -> r.get("brandIdentityStatus")).toList();
        assertThat(statuses).containsExactly("VERIFIED");
    }

    private String identityStatus(String brandId) throws Exception {
        return json(tcr("GET", "/brand/" + brandId, null)).get("identityStatus").asString();
    }
}

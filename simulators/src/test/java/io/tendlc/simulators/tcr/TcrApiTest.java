package io.tendlc.simulators.tcr;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication, TCR's error shape, enumerations and webhook subscriptions. */
class TcrApiTest extends TcrSimulatorTestBase {

    @Test
    void everyCspApiRouteNeedsTheApiKeyAndSecret() throws Exception {
        for (String path : List.of("/tcr/v2/enum/usecase", "/tcr/v2/brand/BXXXXXX", "/tcr/v2/webhook/subscription")) {
            HttpResponse<String> anonymous = send("GET", path, null, null);
            HttpResponse<String> wrongSecret = send("GET", path, null, API_KEY + ":wrong");
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Basic"));
            assertThat(json(anonymous).get(0).get("code").asInt()).isEqualTo(401);
            assertThat(wrongSecret.statusCode()).as(path).isEqualTo(401);
        }
        HttpResponse<String> create = send("POST", "/tcr/v2/brand/nonBlocking",
                brandJson("PRIVATE_PROFIT", "Acme", einEndingIn(10), null), "tcr-dev-key:");
        assertThat(create.statusCode()).isEqualTo(401);
        assertThat(send("GET", "/sim/tcr/config", null, null).statusCode()).as("knobs are open").isEqualTo(200);
    }

    @Test
    void aBrandWithoutItsRequiredFieldsIsRefusedWithEveryProblemInTcrsShape() throws Exception {
        HttpResponse<String> refused = tcr("POST", "/brand/nonBlocking", """
                {"entityType":"PRIVATE_PROFIT","displayName":"Acme","companyName":"Acme Inc","phone":"5551234",
                 "street":"1 Main","city":"Austin","state":"TX","postalCode":"78701","country":"US",
                 "email":"owner@example.com","vertical":"NOT_A_VERTICAL"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = json(refused);
        assertThat(errors.isArray()).isTrue();
        assertThat(fields(errors)).containsExactlyInAnyOrder("phone", "ein", "vertical");
        assertThat(errors).allSatisfy(error -> {
            assertThat(error.get("code").asInt()).isEqualTo(501);
            assertThat(error.get("description").asString()).isNotBlank();
        });
    }

    @Test
    void einFormatAndSoleProprietorFieldsAreChecked() throws Exception {
        HttpResponse<String> badEin = tcr("POST", "/brand/nonBlocking",
                brandJson("NON_PROFIT", "Helping Hands", "12345", null));
        assertThat(badEin.statusCode()).isEqualTo(400);
        assertThat(fields(json(badEin))).containsExactly("ein");

        HttpResponse<String> soleProprietor = tcr("POST", "/brand/nonBlocking", """
                {"entityType":"SOLE_PROPRIETOR","displayName":"Ada","phone":"+15125550100","street":"1 Main",
                 "city":"Austin","state":"TX","postalCode":"78701","country":"US","email":"ada@example.com"}""");
        assertThat(soleProprietor.statusCode()).isEqualTo(400);
        assertThat(fields(json(soleProprietor))).containsExactlyInAnyOrder("firstName", "lastName", "mobilePhone");

        HttpResponse<String> noType = tcr("POST", "/brand/nonBlocking", "{\"entityType\":\"LLC\"}");
        assertThat(fields(json(noType))).contains("entityType", "displayName");
    }

    @Test
    void aCampaignNeedsTwoToFiveSamplesAndDescriptionsOfTheRightLength() throws Exception {
        String brandId = verifiedBrand();

        HttpResponse<String> refused = tcr("POST", "/campaignBuilder", """
                {"brandId":"%s","usecase":"MIXED","subUsecases":["MARKETING"],"description":"Too short",
                 "messageFlow":"Customers opt in on acme.example/sms by ticking an unchecked box at checkout.",
                 "sample1":"Acme Widgets: 20%% off this week. Reply STOP to opt out.",
                 "helpMessage":"short"}""".formatted(brandId));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fields(json(refused))).containsExactlyInAnyOrder("subUsecases", "description", "sample2",
                "helpMessage");
        HttpResponse<String> noUsecase = tcr("POST", "/campaignBuilder", "{\"brandId\":\"" + brandId + "\"}");
        assertThat(fields(json(noUsecase))).contains("usecase", "description", "messageFlow", "sample1");
        HttpResponse<String> unknownBrand = tcr("POST", "/campaignBuilder",
                campaignJson("BNOSUCH", "MARKETING", GOOD_SAMPLE, null));
        assertThat(unknownBrand.statusCode()).isEqualTo(400);
        assertThat(fields(json(unknownBrand))).containsExactly("brandId");
    }

    @Test
    void malformedJsonAndUnknownRecordsAnswerInTcrsShape() throws Exception {
        HttpResponse<String> malformed = tcr("POST", "/brand/nonBlocking", "{not json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get(0).get("code").asInt()).isEqualTo(501);

        HttpResponse<String> unknownBrand = tcr("GET", "/brand/BNOSUCH", null);
        assertThat(unknownBrand.statusCode()).isEqualTo(404);
        assertThat(json(unknownBrand).get(0).get("code").asInt()).isEqualTo(TcrError.NOT_FOUND);
        assertThat(tcr("GET", "/campaign/CNOSUCH/operationStatus", null).statusCode()).isEqualTo(404);
    }

    @Test
    void enumerationsListTcrsValues() throws Exception {
        JsonNode usecases = json(tcr("GET", "/enum/usecase", null));
        List<String> ids = new ArrayList<>();
        usecases.forEach(usecase -> ids.add(usecase.get("id").asString()));
        assertThat(ids).contains("2FA", "MARKETING", "MIXED", "LOW_VOLUME", "POLITICAL", "SOLE_PROPRIETOR",
                "K12_EDUCATION", "UCAAS_HIGH");
        assertThat(usecases).filteredOn(u -> u.get("id").asString().equals("POLITICAL"))
                .allMatch(u -> u.get("classification").asString().equals("SPECIAL"));

        JsonNode verticals = json(tcr("GET", "/enum/vertical", null));
        assertThat(verticals.size()).isEqualTo(23);
        assertThat(verticals.get(0).get("id").asString()).isEqualTo("PROFESSIONAL");

        JsonNode entityTypes = json(tcr("GET", "/enum/entityType", null));
        assertThat(entityTypes.size()).isEqualTo(5);
    }

    @Test
    void subscriptionsAreOnePerCategoryAndCanBeRemoved() throws Exception {
        HttpResponse<String> resubscribed = tcr("PUT", "/webhook/subscription",
                "{\"eventCategory\":\"vetting\",\"webhookEndpoint\":\"" + receiver.url("/other") + "\"}");
        assertThat(resubscribed.statusCode()).isEqualTo(200);
        assertThat(json(resubscribed).get("eventCategory").asString()).isEqualTo("VETTING");

        JsonNode listed = json(tcr("GET", "/webhook/subscription", null));
        assertThat(listed.size()).isEqualTo(3);
        assertThat(listed).filteredOn(s -> s.get("eventCategory").asString().equals("VETTING"))
                .singleElement().satisfies(s -> assertThat(s.get("webhookEndpoint").asString()).endsWith("/other"));

        assertThat(tcr("DELETE", "/webhook/subscription/VETTING", null).statusCode()).isEqualTo(200);
        assertThat(json(tcr("GET", "/webhook/subscription", null)).size()).isEqualTo(2);
        assertThat(tcr("DELETE", "/webhook/subscription/VETTING", null).statusCode()).isEqualTo(404);
        assertThat(tcr("PUT", "/webhook/subscription", "{\"eventCategory\":\"SPAM\",\"webhookEndpoint\":\"x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(fields(json(tcr("PUT", "/webhook/subscription",
                "{\"eventCategory\":\"BRAND\",\"webhookEndpoint\":\"not a url\"}")))).containsExactly("webhookEndpoint");
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}

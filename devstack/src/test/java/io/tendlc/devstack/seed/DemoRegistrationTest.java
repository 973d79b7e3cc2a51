package io.tendlc.devstack.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tendlc.devstack.seed.DemoSeeder.SeedException;
import io.tendlc.devstack.seed.FakePlatform.Request;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DemoRegistrationTest {

    static final String NUMBER = "+15005550006";

    final FakePlatform platform = new FakePlatform();
    final List<String> progress = new ArrayList<>();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aFreshOrganizationGetsItsBrandCampaignAndNumberThroughThePublicApi() throws SeedException {
        String numberId = (String) platform.number(NUMBER).get("id");

        registration(Duration.ofSeconds(10)).register(FakePlatform.TOKEN, NUMBER);

        assertThat(platform.requests).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + FakePlatform.TOKEN));
        List<Request> writes = platform.writes();
        assertThat(writes).extracting(r -> r.method() + " " + r.path()).containsExactly("POST /api/v1/brands",
                "POST /api/v1/campaigns", "PUT /api/v1/numbers/" + numberId + "/campaign");
        String brandId = platform.brands.keySet().iterator().next();
        String campaignId = platform.campaigns.keySet().iterator().next();
        assertThat(writes.get(0).body().path("ein").asString()).isEqualTo("842915736");
        assertThat(writes.get(0).body().path("entityType").asString()).isEqualTo("PRIVATE_PROFIT");
        assertThat(writes.get(1).body().path("brandId").asString()).isEqualTo(brandId);
        assertThat(writes.get(1).body().path("usecase").asString()).isEqualTo("ACCOUNT_NOTIFICATION");
        assertThat(writes.get(1).body().path("samples").size()).isBetween(2, 5);
        writes.get(1).body().path("samples").forEach(sample -> assertThat(sample.asString())
                .startsWith("Demo Coffee Roasters: ").contains("STOP to opt out").doesNotContain("bit.ly"));
        assertThat(writes.get(1).body().path("privacyPolicyLink").asString())
                .isEqualTo("https://www.democoffeeroasters.com/privacy");
        assertThat(writes.get(2).body().path("campaignId").asString()).isEqualTo(campaignId);
        assertThat(platform.numbers.get(numberId)).containsEntry("status", "ASSIGNED");

        assertThat(progress).hasSize(6);
        assertThat(progress.get(0)).contains("Demo Coffee Roasters submitted to TCR");
        assertThat(progress.get(1)).matches("  brand     Demo Coffee Roasters approved \\(VERIFIED\\) in \\d+\\.\\ds");
        assertThat(progress.get(3)).startsWith("  campaign  approved by every carrier in ");
        assertThat(progress.get(5)).startsWith("  number    +15005550006 assigned to the campaign in ");
    }

    @Test
    void aSecondStartFindsEverythingAndCreatesNothing() throws SeedException {
        platform.number(NUMBER);
        registration(Duration.ofSeconds(10)).register(FakePlatform.TOKEN, NUMBER);
        int writes = platform.writes().size();
        progress.clear();

        registration(Duration.ofSeconds(10)).register(FakePlatform.TOKEN, NUMBER);

        assertThat(platform.writes()).hasSize(writes);
        assertThat(progress).containsExactly("  brand     Demo Coffee Roasters approved (registered before)",
                "  campaign  approved (registered before)",
                "  number    +15005550006 assigned to the demo campaign (before)");
    }

    @Test
    void aRegistrationAStopInterruptedIsPickedUpWhereItWas() throws SeedException {
        String numberId = (String) platform.number(NUMBER).get("id");
        Map<String, Object> brand = new LinkedHashMap<>(Map.of("id", UUID.randomUUID().toString(), "displayName",
                "Demo Coffee Roasters", "status", "PENDING"));
        platform.brands.put((String) brand.get("id"), brand);
        platform.badGateways = 2; // brand-service restarting

        registration(Duration.ofSeconds(10)).register(FakePlatform.TOKEN, NUMBER);

        assertThat(platform.writes()).extracting(r -> r.method() + " " + r.path())
                .containsExactly("POST /api/v1/campaigns", "PUT /api/v1/numbers/" + numberId + "/campaign");
        assertThat(platform.brands).hasSize(1);
        assertThat(progress.getFirst()).isEqualTo("  brand     Demo Coffee Roasters PENDING (registered before)");
    }

    @Test
    void aRejectedBrandEndsTheRegistrationWithTheReason() {
        platform.number(NUMBER);
        platform.brandOutcome = "REJECTED";
        platform.brandReason = "EIN does not match the legal name";

        assertThatThrownBy(() -> registration(Duration.ofSeconds(10)).register(FakePlatform.TOKEN, NUMBER))
                .isInstanceOf(SeedException.class)
                .hasMessage("the demo brand is REJECTED: EIN does not match the legal name (see the Brands page)");
        assertThat(platform.campaigns).isEmpty();
    }

    @Test
    void aFailedAssignmentIsTriedAgainSinceSmsServiceMayNotKnowTheApprovalYet() throws SeedException {
        String numberId = (String) platform.number(NUMBER).get("id");
        platform.assignmentOutcomes.clear();
        platform.assignmentOutcomes.addAll(List.of("FAILED_ASSIGNMENT", "ASSIGNED"));

        registration(Duration.ofSeconds(10)).register(FakePlatform.TOKEN, NUMBER);

        assertThat(platform.writes()).filteredOn(r -> r.method().equals("PUT")).hasSize(2);
        assertThat(progress).contains("  number    +15005550006 FAILED_ASSIGNMENT: campaign not approved yet; trying again…");
        assertThat(platform.numbers.get(numberId)).containsEntry("status", "ASSIGNED");
    }

    @Test
    void aNumberThatKeepsFailingIsReported() {
        platform.number(NUMBER);
        platform.assignmentOutcomes.set(0, "FAILED_ASSIGNMENT");

        assertThatThrownBy(() -> registration(Duration.ofSeconds(10)).register(FakePlatform.TOKEN, NUMBER))
                .hasMessage("the demo number +15005550006 is FAILED_ASSIGNMENT: campaign not approved yet");
        assertThat(platform.writes()).filteredOn(r -> r.method().equals("PUT")).hasSize(5);
    }

    @Test
    void anAssignmentRefusedWhileSmsServiceDoesNotKnowTheApprovalIsTriedAgain() throws SeedException {
        String numberId = (String) platform.number(NUMBER).get("id");
        platform.refuseAssignments = 2;

        registration(Duration.ofSeconds(10)).register(FakePlatform.TOKEN, NUMBER);

        assertThat(platform.writes()).filteredOn(r -> r.method().equals("PUT")).hasSize(3);
        assertThat(progress).filteredOn(line -> line.contains("refused for now (409)")).hasSize(2);
        assertThat(platform.numbers.get(numberId)).containsEntry("status", "ASSIGNED");
    }

    @Test
    void aStepThatTakesTooLongSaysWhatItWaitsFor() {
        platform.number(NUMBER);
        platform.pollsUntilDecided = Integer.MAX_VALUE;

        assertThatThrownBy(() -> registration(Duration.ofMillis(200)).register(FakePlatform.TOKEN, NUMBER))
                .hasMessageStartingWith("the brand Demo Coffee Roasters is still PENDING after 0 s");
    }

    @Test
    void withoutTheDemoNumberTheRegistrationSaysSo() {
        assertThatThrownBy(() -> registration(Duration.ofSeconds(10)).register(FakePlatform.TOKEN, NUMBER))
                .hasMessageContaining("has no number +15005550006");
    }

    @Test
    void anApiProblemIsQuoted() {
        assertThatThrownBy(() -> registration(Duration.ofSeconds(10)).register("expired-token", NUMBER))
                .hasMessage("GET /api/v1/brands answered 401 unauthorized");
    }

    @Test
    void listsComeAsArraysOrInsideAnObject() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(DemoRegistration.items(json.readTree("[{\"id\":1},{\"id\":2}]"))).hasSize(2);
        assertThat(DemoRegistration.items(json.readTree("{\"items\":[{\"id\":1}]}"))).hasSize(1);
        assertThat(DemoRegistration.items(json.readTree("{\"content\":[{\"id\":1}]}"))).hasSize(1);
        assertThat(DemoRegistration.items(json.readTree("{\"unexpected\":true}"))).isEmpty();
    }

    private DemoRegistration registration(Duration patience) {
        return new DemoRegistration(new GatewayClient(platform.url()), progress::add, patience, Duration.ofMillis(10));
    }
}

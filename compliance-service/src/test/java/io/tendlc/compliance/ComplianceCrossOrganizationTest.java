package io.tendlc.compliance;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;
import io.tendlc.platform.test.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tendlc.events.EventTypes.BRAND_APPROVED;
import static org.awaitility.Awaitility.await;

/**
 * The victim organization has a brand the check knows from brand-service's events; the intruder (an OWNER of another
 * organization, with a brand of its own) checks campaigns against the victim's brand id and calls every other route.
 */
@PlatformIntegrationTest
class ComplianceCrossOrganizationTest extends CrossOrganizationTest {

    static final String CHECK = "/api/v1/compliance/check";
    static final String RULES = "/api/v1/compliance/rules";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final UUID victimBrand = UUID.randomUUID();
    final UUID intruderBrand = UUID.randomUUID();

    @Override
    protected void prepareVictim(Api api) {
        BrandEvents events = new BrandEvents(kafka);
        events.publish(BRAND_APPROVED, BrandEvents.brand(victimOrganization, victimBrand, "Victim Flowers",
                "PRIVATE_PROFIT", "VERIFIED", 88, "APPROVED", Instant.now()));
        events.publish(BRAND_APPROVED, BrandEvents.brand(intruderOrganization, intruderBrand, "Intruder Goods",
                "PRIVATE_PROFIT", "VERIFIED", null, "APPROVED", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.post(CHECK, victim(), victimCheck()).status() == 200
                && api.post(CHECK, intruder(), Requests.campaignCheck(Requests.goodCampaign("Intruder Goods"),
                intruderBrand)).status() == 200);
    }

    @Override
    protected String victimState(Api api) {
        // findings name the brand ("Victim Flowers") and depend on its entity type and vetting
        return api.post(CHECK, victim(), victimCheck()).body()
                + api.post(CHECK, victim(), Requests.campaignCheck(Map.of("usecase", "POLITICAL"), victimBrand)).body();
    }

    @Override
    protected List<Attack> attacks() {
        String[] markers = {victimBrand.toString(), "Victim Flowers", victimOrganization.toString()};
        return List.of(
                Attack.refused("POST " + CHECK, api -> api.post(CHECK, intruder(),
                        Requests.campaignCheck(Requests.goodCampaign("Victim Flowers"), victimBrand))),
                Attack.refused("POST " + CHECK, api -> api.post(CHECK, intruder(),
                        Requests.campaignCheck(Map.of("usecase", "POLITICAL"), victimBrand))),
                Attack.seesOnlyItsOwn("POST " + CHECK, api -> api.post(CHECK, intruder(),
                        Requests.campaignCheck(Requests.goodCampaign("Intruder Goods"), intruderBrand)), markers),
                Attack.seesOnlyItsOwn("POST " + CHECK, api -> api.post(CHECK, intruder(),
                        Requests.brandCheck(Requests.goodBrand())), markers),
                Attack.seesOnlyItsOwn("GET " + RULES, api -> api.get(RULES, intruder()), markers));
    }

    private String victimCheck() {
        return Requests.campaignCheck(Map.of("usecase", "MARKETING", "samples",
                List.of("Hello there, spring sale this week", "Roses are back in stock now")), victimBrand);
    }
}

package io.tendlc.compliance;

import io.tendlc.events.contacts.AuditRecorded;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;
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
@ComplianceIntegrationTest
class ComplianceCrossOrganizationTest extends CrossOrganizationTest {

    static final String CHECK = "/api/v1/compliance/check";
    static final String RULES = "/api/v1/compliance/rules";
    static final String CONSENT = "/api/v1/consent";
    static final String EXPORT = "/api/v1/consent/export";
    static final String CONSENT_VERIFY = "/api/v1/consent/verify";
    static final String AUDIT = "/api/v1/audit";
    static final String AUDIT_VERIFY = "/api/v1/audit/verify";
    static final String VICTIM_PHONE = "+12025550199";
    static final String VICTIM_DISCLOSURE = "Victim Flowers texts: reply STOP to end";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final UUID victimBrand = UUID.randomUUID();
    final UUID intruderBrand = UUID.randomUUID();
    final String victimCampaign = UUID.randomUUID().toString();

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
        PlatformEvents platform = new PlatformEvents(kafka);
        platform.publishConsent(PlatformEvents.consent(victimOrganization, victimBrand, VICTIM_PHONE, "OPT_IN",
                VICTIM_DISCLOSURE, Instant.now()));
        platform.publishConsent(PlatformEvents.consent(victimOrganization, victimBrand, VICTIM_PHONE, "OPT_OUT",
                null, Instant.now()));
        platform.publishAudit(new AuditRecorded(victimOrganization, victimUser.toString(), "campaign.created",
                "campaign", victimCampaign, null, "{\"usecase\":\"MARKETING\"}", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> Queries.get(api, victim(), CONSENT, "phone", VICTIM_PHONE)
                .json().path("entries").size() == 2 && api.get(AUDIT, victim()).json().path("items").size() == 1);
    }

    @Override
    protected String victimState(Api api) {
        // findings name the brand ("Victim Flowers") and depend on its entity type and vetting
        return api.post(CHECK, victim(), victimCheck()).body()
                + api.post(CHECK, victim(), Requests.campaignCheck(Map.of("usecase", "POLITICAL"), victimBrand)).body()
                + Queries.get(api, victim(), CONSENT, "phone", VICTIM_PHONE).body()
                + Queries.get(api, victim(), EXPORT, "phone", VICTIM_PHONE, "format", "json").json().path("entries")
                + api.get(CONSENT_VERIFY, victim()).json().path("entries")
                + api.get(CONSENT_VERIFY, victim()).json().path("intact")
                + api.get(AUDIT, victim()).body()
                + api.get(AUDIT_VERIFY, victim()).json().path("entries");
    }

    @Override
    protected List<Attack> attacks() {
        String[] markers = {victimBrand.toString(), "Victim Flowers", victimOrganization.toString(), victimCampaign,
                victimUser.toString()};
        return List.of(
                Attack.refused("POST " + CHECK, api -> api.post(CHECK, intruder(),
                        Requests.campaignCheck(Requests.goodCampaign("Victim Flowers"), victimBrand))),
                Attack.refused("POST " + CHECK, api -> api.post(CHECK, intruder(),
                        Requests.campaignCheck(Map.of("usecase", "POLITICAL"), victimBrand))),
                Attack.seesOnlyItsOwn("POST " + CHECK, api -> api.post(CHECK, intruder(),
                        Requests.campaignCheck(Requests.goodCampaign("Intruder Goods"), intruderBrand)), markers),
                Attack.seesOnlyItsOwn("POST " + CHECK, api -> api.post(CHECK, intruder(),
                        Requests.brandCheck(Requests.goodBrand())), markers),
                Attack.seesOnlyItsOwn("GET " + RULES, api -> api.get(RULES, intruder()), markers),
                Attack.seesOnlyItsOwn("GET " + CONSENT,
                        api -> Queries.get(api, intruder(), CONSENT, "phone", VICTIM_PHONE), markers),
                Attack.seesOnlyItsOwn("GET " + EXPORT,
                        api -> Queries.get(api, intruder(), EXPORT, "phone", VICTIM_PHONE), markers),
                Attack.seesOnlyItsOwn("GET " + EXPORT, api -> Queries.get(api, intruder(), EXPORT, "phone",
                        VICTIM_PHONE, "format", "json"), markers),
                new Attack("GET " + CONSENT_VERIFY, api -> api.get(CONSENT_VERIFY, intruder()),
                        r -> r.status() == 200 && r.json().path("entries").asLong() == 0),
                Attack.seesOnlyItsOwn("GET " + AUDIT, api -> api.get(AUDIT + "?resourceType=campaign&resourceId="
                        + victimCampaign, intruder()), markers),
                Attack.seesOnlyItsOwn("GET " + AUDIT, api -> api.get(AUDIT, intruder()), markers),
                new Attack("GET " + AUDIT_VERIFY, api -> api.get(AUDIT_VERIFY, intruder()),
                        r -> r.status() == 200 && r.json().path("entries").asLong() == 0));
    }

    private String victimCheck() {
        return Requests.campaignCheck(Map.of("usecase", "MARKETING", "samples",
                List.of("Hello there, spring sale this week", "Roses are back in stock now")), victimBrand);
    }
}

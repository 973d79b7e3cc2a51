package io.tendlc.brand;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.tendlc.brand.TestBrands.einScoring;
import static io.tendlc.brand.TestBrands.privateProfit;
import static org.awaitility.Awaitility.await;

/** An OWNER of another organization aims at the victim's brand through its id on every route. */
@BrandServiceTest
class BrandServiceCrossOrganizationTest extends CrossOrganizationTest {

    static final String BRANDS = "/api/v1/brands";

    String victimBrand;

    @Override
    protected void prepareVictim(Api api) {
        TestBrands victimBrands = new TestBrands(api, victimOrganization, victim());
        victimBrand = victimBrands.registered(privateProfit("Victim Vineyards", einScoring(72))).path("id").asString();
        victimBrands.awaitStatus(victimBrand, "APPROVED");
        // the simulator delays each webhook by up to 500 ms and sends some twice: a late BRAND_ADD (or a repeat)
        // landing in the history during the attacks would look like the intruder's doing. Wait until it is all in.
        String events = BRANDS + "/" + victimBrand + "/events";
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(events, victim()).body(),
                body -> body.contains("\"BRAND_ADD\"") && body.contains("\"BRAND_IDENTITY_STATUS_UPDATE\""));
        awaitQuiet(() -> api.get(events, victim()).body(), Duration.ofMillis(1500));
    }

    /** The victim's brands and their TCR history (not statuses alone: those are TCR's to move). */
    @Override
    protected String victimState(Api api) {
        List<String> state = new ArrayList<>();
        api.get(BRANDS + "?includeDeleted=true", victim()).json().forEach(b -> state.add(String.join(" ",
                b.path("id").asString(), b.path("displayName").asString(), b.path("companyName").asString(),
                b.path("ein").asString(), b.path("website").asString(), b.path("tcrBrandId").asString(),
                b.path("status").asString(), b.path("deletedAt").asString(), b.path("vettingStatus").asString(),
                b.path("pendingSubmissions").toString())));
        state.add(api.get(BRANDS + "/" + victimBrand + "/events", victim()).body());
        return String.join("\n", state);
    }

    @Override
    protected List<Attack> attacks() {
        String[] markers = {victimBrand, victimOrganization.toString(), "Victim Vineyards"};
        String one = BRANDS + "/" + victimBrand;
        return List.of(
                Attack.seesOnlyItsOwn("GET " + BRANDS, api -> api.get(BRANDS + "?includeDeleted=true", intruder()),
                        markers),
                Attack.seesOnlyItsOwn("POST " + BRANDS, api -> api.post(BRANDS, intruder(),
                        privateProfit("Intruder Imports", einScoring(40))), markers),
                Attack.refused("GET " + BRANDS + "/{id}", api -> api.get(one, intruder())),
                Attack.refused("PATCH " + BRANDS + "/{id}", api -> api.patch(one, intruder(),
                        "{\"website\": \"https://taken-over.example\"}")),
                Attack.refused("POST " + BRANDS + "/{id}/resubmit", api -> api.post(one + "/resubmit", intruder(), "")),
                Attack.refused("POST " + BRANDS + "/{id}/vetting", api -> api.post(one + "/vetting", intruder(), "")),
                Attack.refused("DELETE " + BRANDS + "/{id}", api -> api.delete(one, intruder())),
                Attack.refused("GET " + BRANDS + "/{id}/events", api -> api.get(one + "/events", intruder())));
    }
}

package io.tendlc.campaign;

import io.tendlc.events.registry.BrandChanged;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An owner of another organization attacks every campaign route with the victim's brand and campaign ids. */
@CampaignServiceTest
class CampaignServiceCrossOrganizationTest extends CrossOrganizationTest {

    BrandChanged victimBrand;
    UUID victimCampaign;
    String victimTcrCampaign;

    @Override
    protected void prepareVictim(Api api) {
        Registrations.awaitWebhookSubscription();
        victimBrand = BrandEvents.approved(victimOrganization, TcrSim.verifiedBrand("PRIVATE_PROFIT"), "PRIVATE_PROFIT",
                82);
        await().until(() -> api.get("/api/v1/campaigns/usecases?brandId=" + victimBrand.brandId(), victim())
                .status() == 200);
        Api.Reply created = api.post("/api/v1/campaigns", victim(), Registrations.campaign(victimBrand.brandId()));
        assertThat(created.status()).isEqualTo(201);
        victimCampaign = UUID.fromString(created.text("id"));
        victimTcrCampaign = created.text("tcrCampaignId");
        await().until(() -> api.get("/api/v1/campaigns/" + victimCampaign, victim()).text("status").equals("APPROVED"));
        // TCR's webhooks arrive late or twice: the history must be complete before the attacks
        awaitQuiet(() -> api.get("/api/v1/campaigns/" + victimCampaign + "/events", victim()).body(),
                Duration.ofMillis(1500));
    }

    /** What the victim registered and what TCR and the carriers made of it. */
    @Override
    protected String victimState(Api api) {
        List<String> state = new ArrayList<>();
        api.get("/api/v1/campaigns", victim()).json().forEach(c -> state.add(String.join(" ", c.path("id").asString(),
                c.path("tcrCampaignId").asString(), c.path("status").asString(), c.path("description").asString(),
                c.path("carrierStatuses").toString(), c.path("limits").toString(), c.path("updatedAt").asString())));
        state.add(String.valueOf(api.get("/api/v1/campaigns/" + victimCampaign + "/events", victim()).json().size()));
        return String.join("\n", state);
    }

    private String campaign() {
        return "/api/v1/campaigns/" + victimCampaign;
    }

    @Override
    protected List<Attack> attacks() {
        return List.of(
                Attack.refused("GET /api/v1/campaigns/usecases", api -> api.get(
                        "/api/v1/campaigns/usecases?brandId=" + victimBrand.brandId(), intruder())),
                Attack.refused("POST /api/v1/campaigns", api -> api.post("/api/v1/campaigns", intruder(),
                        Registrations.campaign(victimBrand.brandId()))),
                new Attack("GET /api/v1/campaigns", api -> api.get("/api/v1/campaigns?brandId="
                        + victimBrand.brandId(), intruder()), reply -> reply.status() == 200
                        && !reply.body().contains(victimCampaign.toString()) && !reply.body().contains(victimTcrCampaign)),
                Attack.refused("GET /api/v1/campaigns/{id}", api -> api.get(campaign(), intruder())),
                Attack.refused("PATCH /api/v1/campaigns/{id}", api -> api.patch(campaign(), intruder(),
                        "{\"description\":\"Hijacked: the intruder rewrites the victim's campaign description here.\"}")),
                Attack.refused("POST /api/v1/campaigns/{id}/resubmit", api -> api.post(campaign() + "/resubmit",
                        intruder(), "")),
                Attack.refused("DELETE /api/v1/campaigns/{id}", api -> api.delete(campaign(), intruder())),
                Attack.refused("GET /api/v1/campaigns/{id}/events", api -> api.get(campaign() + "/events", intruder())));
    }
}

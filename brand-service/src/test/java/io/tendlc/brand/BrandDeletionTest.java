package io.tendlc.brand;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.registry.CampaignChanged;
import io.tendlc.platform.test.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.tendlc.brand.TestBrands.einScoring;
import static io.tendlc.brand.TestBrands.privateProfit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A brand with live campaigns (as campaign-service announces them) cannot be deleted. */
@BrandServiceTest
class BrandDeletionTest {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final UUID org = UUID.randomUUID();

    TestBrands brands() {
        return new TestBrands(Api.at(port), org);
    }

    @Test
    void aBrandWithALiveCampaignIsKeptUntilTheCampaignExpires() throws Exception {
        String id = brands().registered(privateProfit("Campaigning Co", einScoring(60))).path("id").asString();
        brands().awaitStatus(id, "APPROVED");
        UUID brandId = UUID.fromString(id);
        UUID campaign = UUID.randomUUID();
        Instant created = Instant.now();
        announce(EventTypes.CAMPAIGN_CREATED, campaign, brandId, "PENDING", created);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Reply refused = Api.at(port).delete("/api/v1/brands/" + id, brands().token());
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.text("type")).endsWith("/brand-has-campaigns");
            assertThat(refused.json().path("liveCampaigns").asInt()).isEqualTo(1);
        });

        announce(EventTypes.CAMPAIGN_EXPIRED, campaign, brandId, "EXPIRED", created.plusSeconds(60));
        // a late, older approval must not bring the campaign back to life
        announce(EventTypes.CAMPAIGN_APPROVED, campaign, brandId, "APPROVED", created.plusSeconds(30));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                Api.at(port).delete("/api/v1/brands/" + id, brands().token()).status() == 204);
        assertThat(brands().get(id).path("status").asString()).isEqualTo("DELETED");
        assertThat(Api.at(port).get("/api/v1/brands", brands().token()).body()).doesNotContain(id);
        assertThat(Api.at(port).get("/api/v1/brands?includeDeleted=true", brands().token()).body()).contains(id);
        RecordedEvents.await(EventTypes.BRAND_DELETED, b -> b.brandId().equals(brandId));
        assertThat(Api.at(port).delete("/api/v1/brands/" + id, brands().token()).status()).isEqualTo(204);
        Api.Reply edit = Api.at(port).patch("/api/v1/brands/" + id, brands().token(), "{\"displayName\": \"Zombie\"}");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.text("type")).endsWith("/brand-deleted");
    }

    @Test
    void tcrRefusingADeletionIsPassedOn() {
        // TCR knows of an active campaign our projection has not heard of yet
        String id = brands().registered(privateProfit("Secret Campaigns", einScoring(62))).path("id").asString();
        String tcrId = brands().awaitStatus(id, "APPROVED").path("tcrBrandId").asString();
        Api tcr = new Api(io.tendlc.platform.test.TwilioSimulator.shared().tcrBaseUrl());
        Api.Reply campaign = tcr.request(tcr.client().post().uri("/campaignBuilder")
                .headers(h -> h.setBasicAuth(io.tendlc.platform.test.TwilioSimulator.TCR_API_KEY,
                        io.tendlc.platform.test.TwilioSimulator.TCR_API_SECRET))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("brandId", tcrId, "usecase", "ACCOUNT_NOTIFICATION",
                        "description", "Account notifications for Secret Campaigns customers about their orders.",
                        "messageFlow", "Customers opt in on the checkout page at https://secret.example by ticking a box.",
                        "sample1", "Secret Campaigns: your order 123 has shipped. Reply STOP to opt out.",
                        "sample2", "Secret Campaigns: your order 456 was delivered. Reply STOP to opt out.",
                        "subscriberOptin", true, "subscriberOptout", true, "subscriberHelp", true)));
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(200);

        Api.Reply refused = Api.at(port).delete("/api/v1/brands/" + id, brands().token());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.text("type")).endsWith("/tcr-rejected");
        assertThat(refused.json().path("errors").get(0).path("description").asString()).contains("active campaigns");
        assertThat(brands().get(id).path("status").asString()).isEqualTo("APPROVED");
        assertThat(brands().get(id).path("pendingSubmissions")).isEmpty();
    }

    private void announce(EventType<CampaignChanged> type, UUID campaign, UUID brand, String status, Instant at)
            throws Exception {
        CampaignChanged payload = new CampaignChanged(campaign, org, brand, "C" + campaign.toString().substring(0, 6)
                .toUpperCase(), "MARKETING", status, Map.of(), 240, 2000, null, at);
        kafka.send(Topics.CAMPAIGNS, campaign.toString(),
                EventSerde.write(EventEnvelope.of(type, org, campaign.toString(), payload))).get();
    }
}

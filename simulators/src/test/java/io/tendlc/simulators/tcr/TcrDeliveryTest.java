package io.tendlc.simulators.tcr;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The deliberate imperfections of delivery (duplicates, reordering, retries) and the knobs that drive them. */
class TcrDeliveryTest extends TcrSimulatorTestBase {

    @Test
    void duplicatedDeliveriesCarryTheSameEventIdAndAreCounted() throws Exception {
        long duplicatedBefore = stats().get("webhooksDuplicated").asLong();
        knobs.update(new TcrKnobs.Update(null, null, null, 1.0, null, null, null, null, null));

        String brandId = createBrand("PRIVATE_PROFIT", "Acme Widgets LLC", einEndingIn(77), null);

        await().atMost(WAIT).until(() -> receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE").size() == 2);
        List<TcrWebhookReceiver.Received> updates = receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE");
        assertThat(updates.get(0).get("eventId")).isEqualTo(updates.get(1).get("eventId"));
        assertThat(updates.get(0).body()).isEqualTo(updates.get(1).body());
        assertThat(updates).allMatch(update -> update.signedWith(WEBHOOK_SECRET));
        await().atMost(WAIT).until(() -> receiver.forBrand(brandId, "BRAND_ADD").size() == 2);
        assertThat(stats().get("webhooksDuplicated").asLong()).isGreaterThanOrEqualTo(duplicatedBefore + 2);
    }

    @Test
    void withReorderingALaterEventCanOvertakeAnEarlierOne() throws Exception {
        // BRAND_ADD is sent at creation, the verification result right after it (delay 0): each with a random
        // extra delay of up to 400 ms, so about half of the brands see them the other way round
        knobs.update(new TcrKnobs.Update(0L, null, null, null, true, 400L, null, null, null));
        List<String> brandIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            brandIds.add(createBrand("PRIVATE_PROFIT", "Acme Widgets LLC", einEndingIn(20 + i), null));
        }

        await().atMost(WAIT).until(() -> brandIds.stream().allMatch(id -> receiver.forBrand(id).size() == 2));
        long overtaken = brandIds.stream()
                .filter(id -> receiver.forBrand(id).getFirst().eventType().equals("BRAND_IDENTITY_STATUS_UPDATE"))
                .count();
        assertThat(overtaken).isPositive();
    }

    @Test
    void aRefusedDeliveryIsRetriedWithBackoffUntilItIsAccepted() throws Exception {
        long retriedBefore = stats().get("webhooksRetried").asLong();
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        receiver.answerWith(delivery -> {
            if (!"BRAND_IDENTITY_STATUS_UPDATE".equals(delivery.eventType())) {
                return 200;
            }
            int attempt = attempts.computeIfAbsent(delivery.get("eventId"), id -> new AtomicInteger()).incrementAndGet();
            return attempt == 1 ? 503 : attempt == 2 ? 403 : 200;
        });

        String brandId = createBrand("PRIVATE_PROFIT", "Acme Widgets LLC", einEndingIn(66), null);

        await().atMost(WAIT).until(() -> receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE").size() == 3);
        List<TcrWebhookReceiver.Received> tries = receiver.forBrand(brandId, "BRAND_IDENTITY_STATUS_UPDATE");
        assertThat(tries).extracting(t -> t.get("eventId")).containsOnly(tries.getFirst().get("eventId"));
        assertThat(tries).allMatch(t -> t.signedWith(WEBHOOK_SECRET));
        assertThat(stats().get("webhooksRetried").asLong()).isGreaterThanOrEqualTo(retriedBefore + 2);
    }

    @Test
    void forcedStatusesOverrideTheRules() throws Exception {
        HttpResponse<String> configured = send("POST", "/sim/tcr/config", """
                {"forceIdentityStatus":"UNVERIFIED","forceCarrierStatusByMno":{"10035":"REJECTED"}}""", null);
        assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
        assertThat(json(configured).get("forceIdentityStatus").asString()).isEqualTo("UNVERIFIED");

        String soleProprietor = createBrand("SOLE_PROPRIETOR", "Ada Lovelace", null, null);
        await().atMost(WAIT).until(() -> receiver.forBrand(soleProprietor, "BRAND_IDENTITY_STATUS_UPDATE").stream()
                .anyMatch(r -> "UNVERIFIED".equals(r.get("brandIdentityStatus"))));

        send("POST", "/sim/tcr/config", "{\"forceIdentityStatus\":\"\"}", null);
        String brandId = verifiedBrand();
        String campaignId = createCampaign(brandId, "MARKETING", GOOD_SAMPLE, null);
        await().atMost(WAIT).until(() -> receiver.forCampaign(campaignId).stream()
                .filter(r -> r.eventType().startsWith("MNO_")).count() == 3);
        JsonNode status = json(tcr("GET", "/campaign/" + campaignId + "/operationStatus", null));
        assertThat(status.get("10017").asString()).isEqualTo("APPROVED");
        assertThat(status.get("10035").asString()).isEqualTo("REJECTED");
        assertThat(status.get("10037").asString()).isEqualTo("APPROVED");
    }

    @Test
    void knobsAreReadChangedValidatedAndReset() throws Exception {
        HttpResponse<String> changed = send("POST", "/sim/tcr/config",
                "{\"reviewDelay\":1234,\"duplicateRate\":0.5,\"reorder\":true}", null);
        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode config = json(send("GET", "/sim/tcr/config", null, null));
        assertThat(config.get("reviewDelay").asLong()).isEqualTo(1234);
        assertThat(config.get("duplicateRate").asDouble()).isEqualTo(0.5);
        assertThat(config.get("verificationDelay").asLong()).as("unchanged").isEqualTo(50);

        assertThat(send("POST", "/sim/tcr/config", "{\"duplicateRate\":2}", null).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/sim/tcr/config", "{\"forceCarrierStatus\":\"MAYBE\"}", null).statusCode())
                .isEqualTo(400);

        JsonNode reset = json(send("DELETE", "/sim/tcr/config", null, null));
        assertThat(reset.get("reviewDelay").asLong()).as("start-up value from application.yml").isEqualTo(2000);
    }

    @Test
    void statsCountBrandsCampaignsAndWebhooks() throws Exception {
        JsonNode before = stats();
        String brandId = verifiedBrand();
        String campaignId = createCampaign(brandId, "MARKETING", GOOD_SAMPLE, null);
        await().atMost(WAIT).until(() -> receiver.forCampaign(campaignId).size() >= 4);
        tcr("POST", "/brand/nonBlocking", "{}");
        send("GET", "/tcr/v2/enum/usecase", null, null);

        await().atMost(WAIT).until(() -> stats().get("webhooksSent").asLong() >= before.get("webhooksSent").asLong() + 6);
        JsonNode after = stats();
        assertThat(after.get("brandsCreated").asLong()).isEqualTo(before.get("brandsCreated").asLong() + 1);
        assertThat(after.get("campaignsCreated").asLong()).isEqualTo(before.get("campaignsCreated").asLong() + 1);
        assertThat(after.get("brands").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(after.get("campaigns").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(after.get("rejected").asLong()).isGreaterThan(before.get("rejected").asLong());
        assertThat(after.get("unauthorized").asLong()).isGreaterThan(before.get("unauthorized").asLong());
        assertThat(after.has("webhooksFailed")).isTrue();
        assertThat(after.has("webhooksDuplicated")).isTrue();
    }

    @Test
    void theEventHistoryListsABrandsWebhooks() throws Exception {
        String brandId = verifiedBrand();
        await().atMost(WAIT).until(() -> receiver.forBrand(brandId).size() >= 2);

        JsonNode events = json(send("GET", "/sim/tcr/events?brandId=" + brandId, null, null));

        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.get("eventType").asString()));
        assertThat(types).containsExactly("BRAND_ADD", "BRAND_IDENTITY_STATUS_UPDATE");
    }

    private JsonNode stats() throws Exception {
        return json(send("GET", "/sim/tcr/stats", null, null));
    }
}

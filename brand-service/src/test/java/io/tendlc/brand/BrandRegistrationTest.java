package io.tendlc.brand;

import io.tendlc.events.EventTypes;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import io.tendlc.platform.test.TwilioSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.tendlc.brand.TestBrands.einScoring;
import static io.tendlc.brand.TestBrands.privateProfit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Registering, fixing and vetting brands against the TCR simulator, webhooks included. */
@BrandServiceTest
class BrandRegistrationTest {

    @LocalServerPort
    int port;

    final UUID org = UUID.randomUUID();
    final Api sim = new Api(TwilioSimulator.shared().baseUrl());

    Api api() {
        return Api.at(port);
    }

    TestBrands brands() {
        return new TestBrands(api(), org);
    }

    @AfterEach
    void resetSimulatorKnobs() {
        sim.delete("/sim/tcr/config", null);
    }

    @Test
    void aRegisteredBrandIsVerifiedByTcrAndAnnouncedApproved() {
        assertThat(port).isEqualTo(BrandServiceWiring.PORT);
        JsonNode created = brands().registered(privateProfit("Acme Outdoor", einScoring(61)));
        String id = created.path("id").asString();
        assertThat(created.path("identityStatus").asString()).isEqualTo("SELF_DECLARED");
        assertThat(created.path("ein").asString()).matches("\\d{9}");
        assertThat(created.path("throughputTier").asString()).isEqualTo("UNVETTED");
        assertThat(created.path("throughput").path("attMessagesPerMinute").asInt()).isEqualTo(240);
        assertThat(created.path("pendingSubmissions")).isEmpty();

        JsonNode approved = brands().awaitStatus(id, "APPROVED");
        assertThat(approved.path("identityStatus").asString()).isEqualTo("VERIFIED");
        assertThat(approved.path("statusReason").isNull()).isTrue();

        UUID brandId = UUID.fromString(id);
        RecordedEvents.Recorded event = RecordedEvents.await(EventTypes.BRAND_APPROVED, b -> b.brandId().equals(brandId));
        BrandChanged payload = (BrandChanged) event.envelope().payload();
        assertThat(payload.organizationId()).isEqualTo(org);
        assertThat(payload.tcrBrandId()).isEqualTo(created.path("tcrBrandId").asString());
        assertThat(payload.identityStatus()).isEqualTo("VERIFIED");
        assertThat(payload.status()).isEqualTo("APPROVED");
        assertThat(payload.entityType()).isEqualTo("PRIVATE_PROFIT");
        assertThat(event.eventTypeHeader()).isEqualTo("brand.approved");
        assertThat(RecordedEvents.settledTypesFor(brandId)).containsExactly("brand.registered", "brand.approved");

        // the TCR timeline: BRAND_ADD then the verification, each stored once
        List<String> timeline = new ArrayList<>();
        api().get("/api/v1/brands/" + id + "/events", brands().token()).json()
                .forEach(e -> timeline.add(e.path("eventType").asString() + " " + e.path("outcome").asString()));
        assertThat(timeline).hasSize(2);
        assertThat(timeline.get(0)).isIn("BRAND_ADD APPLIED", "BRAND_ADD IGNORED");
        assertThat(timeline.get(1)).isEqualTo("BRAND_IDENTITY_STATUS_UPDATE APPLIED");
        assertThat(api().get("/api/v1/brands", brands().token()).body()).contains(id);
    }

    @Test
    void theServiceSubscribedItsWebhooksAtTcr() {
        Api tcr = new Api(TwilioSimulator.shared().tcrBaseUrl());
        JsonNode subscriptions = tcr.request(tcr.client().get().uri("/webhook/subscription").headers(h ->
                h.setBasicAuth(TwilioSimulator.TCR_API_KEY, TwilioSimulator.TCR_API_SECRET))).json();
        List<String> ours = new ArrayList<>();
        subscriptions.forEach(s -> {
            if (s.path("webhookEndpoint").asString().equals("http://localhost:" + port + "/webhooks/tcr/brands")) {
                ours.add(s.path("eventCategory").asString());
            }
        });
        assertThat(ours).containsExactlyInAnyOrder("BRAND", "VETTING");
    }

    @Test
    void anEinThatDoesNotMatchTheNameIsRejectedWithTcrsReasonAndApprovedOnceFixed() {
        String json = privateProfit("Mismatch Goods", einScoring(30));
        String id = brands().registered(json).path("id").asString();

        JsonNode rejected = brands().awaitStatus(id, "REJECTED");
        assertThat(rejected.path("identityStatus").asString()).isEqualTo("UNVERIFIED");
        assertThat(rejected.path("statusReason").asString()).isEqualTo("EIN does not match the legal name");
        UUID brandId = UUID.fromString(id);
        assertThat(((BrandChanged) RecordedEvents.await(EventTypes.BRAND_REJECTED, b -> b.brandId().equals(brandId))
                .envelope().payload()).reason()).isEqualTo("EIN does not match the legal name");

        // the legal name was wrong: the edit goes to TCR, which verifies the brand again
        Api.Reply fixed = api().patch("/api/v1/brands/" + id, brands().token(),
                "{\"companyName\": \"Matching Goods LLC\"}");
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.text("companyName")).isEqualTo("Matching Goods LLC");
        assertThat(fixed.text("status")).isIn("PENDING", "APPROVED");
        assertThat(fixed.text("statusReason")).isEmpty();

        JsonNode approved = brands().awaitStatus(id, "APPROVED");
        assertThat(approved.path("identityStatus").asString()).isEqualTo("VERIFIED");
        RecordedEvents.await(EventTypes.BRAND_APPROVED, b -> b.brandId().equals(brandId));
    }

    @Test
    void aRejectedBrandIsResubmittedForVerification() {
        sim.post("/sim/tcr/config", null, "{\"forceIdentityStatus\": \"UNVERIFIED\"}");
        String id = brands().registered(privateProfit("Flaky Registry Co", einScoring(44))).path("id").asString();
        assertThat(brands().awaitStatus(id, "REJECTED").path("statusReason").asString())
                .isEqualTo("identity verification failed (forced)");

        // resubmitted unchanged, TCR says UNVERIFIED again: a newer verdict, applied like the first
        assertThat(api().post("/api/v1/brands/" + id + "/resubmit", brands().token(), "").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> verdicts = new ArrayList<>();
            api().get("/api/v1/brands/" + id + "/events", brands().token()).json().forEach(e -> {
                if (e.path("identityStatus").asString().equals("UNVERIFIED")) {
                    verdicts.add(e.path("outcome").asString());
                }
            });
            assertThat(verdicts).containsExactly("APPLIED", "APPLIED");
        });
        assertThat(brands().awaitStatus(id, "REJECTED").path("identityStatus").asString()).isEqualTo("UNVERIFIED");

        sim.delete("/sim/tcr/config", null);
        Api.Reply resubmitted = api().post("/api/v1/brands/" + id + "/resubmit", brands().token(), "");
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        assertThat(resubmitted.text("status")).isIn("PENDING", "APPROVED");
        assertThat(brands().awaitStatus(id, "APPROVED").path("identityStatus").asString()).isEqualTo("VERIFIED");

        Api.Reply again = api().post("/api/v1/brands/" + id + "/resubmit", brands().token(), "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).endsWith("/brand-not-rejected");
    }

    @Test
    void aVettingScoreSetsTheThroughputTier() {
        String top = brands().registered(privateProfit("Summit Freight", einScoring(88))).path("id").asString();
        String medium = brands().registered(privateProfit("Midway Supply", einScoring(45))).path("id").asString();
        brands().awaitStatus(top, "APPROVED");
        brands().awaitStatus(medium, "APPROVED");

        Api.Reply ordered = api().post("/api/v1/brands/" + top + "/vetting", brands().token(), "");
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(200);
        assertThat(api().post("/api/v1/brands/" + medium + "/vetting", brands().token(), "").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode vetted = brands().get(top);
            assertThat(vetted.path("vettingScore").asInt()).isEqualTo(88);
            assertThat(vetted.path("vettingStatus").asString()).isEqualTo("ACTIVE");
            assertThat(vetted.path("identityStatus").asString()).isEqualTo("VETTED_VERIFIED");
            assertThat(vetted.path("throughputTier").asString()).isEqualTo("TOP");
            assertThat(vetted.path("throughput").path("attMessagesPerMinute").asInt()).isEqualTo(4500);
            assertThat(vetted.path("throughput").path("tmobileDailySegments").asInt()).isEqualTo(200000);
            JsonNode mid = brands().get(medium);
            assertThat(mid.path("vettingScore").asInt()).isEqualTo(45);
            assertThat(mid.path("throughputTier").asString()).isEqualTo("MEDIUM");
            assertThat(mid.path("throughput").path("attMessagesPerMinute").asInt()).isEqualTo(240);
            assertThat(mid.path("throughput").path("tmobileDailySegments").asInt()).isEqualTo(10000);
        });
        UUID topId = UUID.fromString(top);
        BrandChanged scored = (BrandChanged) RecordedEvents.await(EventTypes.BRAND_UPDATED,
                b -> b.brandId().equals(topId) && Integer.valueOf(88).equals(b.vettingScore())).envelope().payload();
        assertThat(scored.identityStatus()).isEqualTo("VETTED_VERIFIED");
    }

    @Test
    void aSoleProprietorNeedsNoEinAndHasItsOwnTier() {
        String json = """
                {"entityType": "SOLE_PROPRIETOR", "displayName": "Dana's Dog Walking", "firstName": "Dana",
                 "lastName": "Walker", "mobilePhone": "+15125550142", "phone": "+15125550142",
                 "email": "dana@dogwalks.example", "street": "12 Elm St", "city": "Austin", "state": "TX",
                 "postalCode": "78702", "country": "US", "vertical": "PROFESSIONAL"}""";
        JsonNode created = brands().registered(json);
        assertThat(created.path("throughputTier").asString()).isEqualTo("SOLE_PROPRIETOR");
        assertThat(created.path("throughput").path("attMessagesPerMinute").asInt()).isEqualTo(15);
        assertThat(created.path("throughput").path("tmobileDailySegments").asInt()).isEqualTo(1000);
        String id = created.path("id").asString();
        brands().awaitStatus(id, "APPROVED");
        Api.Reply vetting = api().post("/api/v1/brands/" + id + "/vetting", brands().token(), "");
        assertThat(vetting.status()).isEqualTo(409);
        assertThat(vetting.text("type")).endsWith("/vetting-not-available");
    }

    @Test
    void malformedFieldsAreAllListedAtOnce() {
        Api.Reply reply = brands().register("""
                {"entityType": "CORPORATION", "displayName": " ", "ein": "12-34", "phone": "512-555-0100",
                 "email": "not-an-email", "country": "USA", "website": "ftp://x", "altBusinessIdType": "SSN"}""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("type")).endsWith("/validation");
        List<String> fields = new ArrayList<>();
        reply.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).contains("entityType", "displayName", "ein", "phone", "email", "country", "website",
                "altBusinessIdType");
        assertThat(brands().register("{\"entityType\":").text("type")).endsWith("/malformed-request");
    }

    @Test
    void aBrandTheComplianceRulesRefuseIsNeverSubmittedAndEveryFindingIsListed() {
        // a public company without its stock listing, no EIN and no contact address
        Api.Reply reply = brands().register("""
                {"entityType": "PUBLIC_PROFIT", "displayName": "Ticker Less", "companyName": "Ticker Less Inc",
                 "country": "US", "vertical": "RETAIL"}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.text("type")).endsWith("/compliance-check-failed");
        List<String> fields = new ArrayList<>();
        reply.json().path("findings").forEach(f -> {
            fields.add(f.path("field").asString());
            assertThat(f.path("rule").asString()).isNotBlank();
            assertThat(f.path("message").asString()).isNotBlank();
        });
        assertThat(fields).contains("ein", "stockSymbol");
        assertThat(fields.size()).isGreaterThan(2);
        assertThat(api().get("/api/v1/brands", brands().token()).json()).isEmpty();
    }

    @Test
    void tcrsOwnRefusalIsPassedOnWithItsErrorsAndNothingIsKept() {
        // the compliance rules let a sole proprietor go without a business phone; TCR insists on one
        Api.Reply reply = brands().register("""
                {"entityType": "SOLE_PROPRIETOR", "displayName": "No Phone Crafts", "firstName": "Noa",
                 "lastName": "Phoneless", "mobilePhone": "+15125550177", "email": "noa@crafts.example",
                 "street": "9 Oak St", "city": "Austin", "state": "TX", "postalCode": "78703", "country": "US"}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.text("type")).endsWith("/tcr-rejected");
        assertThat(reply.json().path("errors").get(0).path("field").asString()).isEqualTo("phone");
        assertThat(reply.json().path("errors").get(0).path("code").isNumber()).isTrue();
        assertThat(api().get("/api/v1/brands?includeDeleted=true", brands().token()).json()).isEmpty();
    }

    @Test
    void readersMayLookButNotRegister() {
        String viewer = TestTokens.user(org, "VIEWER");
        assertThat(api().get("/api/v1/brands", viewer).status()).isEqualTo(200);
        Api.Reply refused = api().post("/api/v1/brands", viewer, privateProfit("Viewer Corp", einScoring(50)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api().post("/api/v1/brands", TestTokens.user(org, "AGENT"),
                privateProfit("Agent Corp", einScoring(50))).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/brands", TestTokens.apiKey(org, "brands:read")).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/brands/" + UUID.randomUUID(), brands().token()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/brands/not-a-uuid", brands().token()).text("type")).endsWith("/validation");
    }
}

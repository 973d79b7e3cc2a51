package io.tendlc.brand;

import io.tendlc.events.EventTypes;
import io.tendlc.platform.test.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static io.tendlc.brand.TestBrands.einScoring;
import static io.tendlc.brand.TestBrands.privateProfit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** TCR down, webhooks lost: nothing the organization did is lost, and the brand ends where TCR says. */
@BrandServiceTest
class TcrOutageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final UUID org = UUID.randomUUID();

    TestBrands brands() {
        return new TestBrands(Api.at(port), org);
    }

    @AfterEach
    void reopen() {
        TcrGate.shared().open();
    }

    @Test
    void aBrandRegisteredWhileTcrIsDownIsKeptAndSubmittedWhenTcrIsBack() {
        TcrGate.shared().close();
        int refusedBefore = TcrGate.shared().refused();
        Api.Reply reply = brands().register(privateProfit("Patient Pottery", einScoring(70)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.text("status")).isEqualTo("PENDING");
        assertThat(reply.json().path("tcrBrandId").isNull()).isTrue();
        assertThat(reply.json().path("pendingSubmissions").get(0).asString()).isEqualTo("REGISTER");
        assertThat(TcrGate.shared().refused() - refusedBefore).as("retried before giving up").isGreaterThan(1);
        String id = reply.text("id");

        // edits while waiting travel with the registration
        Api.Reply edited = Api.at(port).patch("/api/v1/brands/" + id, brands().token(), "{\"displayName\": \"Patient Pots\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.text("displayName")).isEqualTo("Patient Pots");
        Api.Reply vetting = Api.at(port).post("/api/v1/brands/" + id + "/vetting", brands().token(), "");
        assertThat(vetting.status()).isEqualTo(409);
        assertThat(vetting.text("type")).endsWith("/brand-not-registered");

        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select attempts from tcr_submission where brand_id = ?::uuid",
                        Integer.class, id)).isGreaterThan(1));
        assertThat(brands().get(id).path("tcrBrandId").isNull()).isTrue();

        TcrGate.shared().open();
        JsonNode approved = brands().awaitStatus(id, "APPROVED");
        assertThat(approved.path("tcrBrandId").asString()).matches("B[A-Z0-9]{6}");
        assertThat(approved.path("pendingSubmissions")).isEmpty();
        assertThat(approved.path("displayName").asString()).isEqualTo("Patient Pots");
        UUID brandId = UUID.fromString(id);
        RecordedEvents.await(EventTypes.BRAND_REGISTERED, b -> b.brandId().equals(brandId)
                && "Patient Pots".equals(b.displayName()));
        RecordedEvents.await(EventTypes.BRAND_APPROVED, b -> b.brandId().equals(brandId));
    }

    @Test
    void aRegistrationTcrRefusesLaterShowsTcrsReasonAndIsSentAgainOnceFixed() {
        TcrGate.shared().close();
        // passes the compliance rules, but TCR wants a business phone even from a sole proprietor
        Api.Reply kept = brands().register("""
                {"entityType": "SOLE_PROPRIETOR", "displayName": "Later Lettering", "firstName": "Lee",
                 "lastName": "Later", "mobilePhone": "+15125550188", "email": "lee@lettering.example",
                 "street": "3 Pine St", "city": "Austin", "state": "TX", "postalCode": "78704", "country": "US"}""");
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        String id = kept.text("id");
        TcrGate.shared().open();

        JsonNode refused = brands().awaitStatus(id, "REJECTED");
        assertThat(refused.path("statusReason").asString()).startsWith("TCR refused the register: phone");
        assertThat(refused.path("syncError").asString()).isEqualTo(refused.path("statusReason").asString());
        assertThat(refused.path("tcrBrandId").isNull()).isTrue();
        assertThat(refused.path("pendingSubmissions")).isEmpty();
        UUID brandId = UUID.fromString(id);
        RecordedEvents.await(EventTypes.BRAND_REJECTED, b -> b.brandId().equals(brandId));

        Api.Reply fixed = Api.at(port).patch("/api/v1/brands/" + id, brands().token(), "{\"phone\": \"+15125550188\"}");
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.text("tcrBrandId")).matches("B[A-Z0-9]{6}");
        assertThat(fixed.text("syncError")).isEmpty();
        assertThat(brands().awaitStatus(id, "APPROVED").path("identityStatus").asString()).isEqualTo("VERIFIED");
    }

    @Test
    void anEditAndADeletionMadeWhileTcrIsDownReachTcrLater() {
        String id = brands().registered(privateProfit("Stubborn Stationery", einScoring(55))).path("id").asString();
        brands().awaitStatus(id, "APPROVED");

        TcrGate.shared().close();
        Api.Reply edited = Api.at(port).patch("/api/v1/brands/" + id, brands().token(),
                "{\"website\": \"https://stubborn.example\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.text("website")).isEqualTo("https://stubborn.example");
        assertThat(edited.json().path("pendingSubmissions").get(0).asString()).isEqualTo("UPDATE");
        assertThat(edited.text("status")).isEqualTo("APPROVED");

        TcrGate.shared().open();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode b = brands().get(id);
            assertThat(b.path("pendingSubmissions")).isEmpty();
            assertThat(b.path("status").asString()).isEqualTo("APPROVED");
            assertThat(b.path("submittedAt").asString()).isNotBlank();
        });
        String tcrId = brands().get(id).path("tcrBrandId").asString();
        assertThat(new Api(io.tendlc.platform.test.TwilioSimulator.shared().tcrBaseUrl()).client().get()
                .uri("/brand/{id}", tcrId).headers(h -> h.setBasicAuth(io.tendlc.platform.test.TwilioSimulator.TCR_API_KEY,
                        io.tendlc.platform.test.TwilioSimulator.TCR_API_SECRET))
                .retrieve().body(String.class)).contains("https://stubborn.example");

        TcrGate.shared().close();
        assertThat(Api.at(port).delete("/api/v1/brands/" + id, brands().token()).status()).isEqualTo(204);
        assertThat(brands().get(id).path("status").asString()).isEqualTo("DELETED");
        assertThat(brands().get(id).path("pendingSubmissions").get(0).asString()).isEqualTo("DELETE");
        UUID brandId = UUID.fromString(id);
        RecordedEvents.await(EventTypes.BRAND_DELETED, b -> b.brandId().equals(brandId));
        TcrGate.shared().open();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(brands().get(id).path("pendingSubmissions")).isEmpty());
        assertThat(new Api(io.tendlc.platform.test.TwilioSimulator.shared().tcrBaseUrl()).request(
                new Api(io.tendlc.platform.test.TwilioSimulator.shared().tcrBaseUrl()).client().get()
                        .uri("/brand/{id}", tcrId).headers(h -> h.setBasicAuth(
                                io.tendlc.platform.test.TwilioSimulator.TCR_API_KEY,
                                io.tendlc.platform.test.TwilioSimulator.TCR_API_SECRET))).status()).isEqualTo(404);
    }

    @Test
    void aBrandWhoseWebhooksWereLostIsReconciledFromTcr() {
        String id = brands().registered(privateProfit("Lost Letters", einScoring(64))).path("id").asString();
        brands().awaitStatus(id, "APPROVED");
        // as if TCR's verification webhook had never reached us
        jdbc.update("""
                update brand set status = 'PENDING', identity_status = 'SELF_DECLARED', identity_observed_at = null,
                    status_changed_at = now() - interval '1 minute', submitted_at = now() - interval '1 minute',
                    polled_at = null
                where id = ?::uuid""", id);
        JsonNode reconciled = brands().awaitStatus(id, "APPROVED");
        assertThat(reconciled.path("identityStatus").asString()).isEqualTo("VERIFIED");
    }
}

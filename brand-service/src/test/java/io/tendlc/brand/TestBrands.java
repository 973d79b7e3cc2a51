package io.tendlc.brand;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Brands registered through the API as an organization's MANAGER would, and waits on their status. */
public final class TestBrands {

    private final Api api;
    private final UUID organization;
    private final String token;

    public TestBrands(Api api, UUID organization) {
        this(api, organization, TestTokens.user(organization, "MANAGER"));
    }

    public TestBrands(Api api, UUID organization, String token) {
        this.api = api;
        this.organization = organization;
        this.token = token;
    }

    public String token() {
        return token;
    }

    public UUID organization() {
        return organization;
    }

    /** A random EIN whose vetting score (its last two digits at the simulator) is {@code score}. */
    public static String einScoring(int score) {
        String middle = String.format("%05d", ThreadLocalRandom.current().nextInt(10_000, 99_999));
        return "4" + ThreadLocalRandom.current().nextInt(1, 9) + "-" + middle + String.format("%02d", score % 100);
    }

    /** A private company TCR will verify. */
    public static String privateProfit(String name, String ein) {
        return """
                {"entityType": "PRIVATE_PROFIT", "displayName": "%1$s", "companyName": "%1$s LLC", "ein": "%2$s",
                 "einIssuingCountry": "US", "phone": "+15125550100", "email": "compliance@%3$s.example",
                 "street": "100 Congress Ave", "city": "Austin", "state": "TX", "postalCode": "78701",
                 "country": "US", "website": "https://www.%3$s.example", "vertical": "RETAIL",
                 "brandRelationship": "BASIC_ACCOUNT"}""".formatted(name, ein,
                name.toLowerCase().replaceAll("[^a-z0-9]", ""));
    }

    public Api.Reply register(String json) {
        return api.post("/api/v1/brands", token, json);
    }

    /** Registers and checks TCR took it: 201, PENDING, with TCR's brand id. */
    public JsonNode registered(String json) {
        Api.Reply reply = register(json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.text("status")).isEqualTo("PENDING");
        assertThat(reply.text("tcrBrandId")).matches("B[A-Z0-9]{6}");
        return reply.json();
    }

    public JsonNode get(String id) {
        Api.Reply reply = api.get("/api/v1/brands/" + id, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** Waits for the brand's status and returns the brand as it then is. */
    public JsonNode awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(get(id).path("status").asString()).isEqualTo(status));
        return get(id);
    }
}

package io.tendlc.simulators.tcr;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs against the simulators app on a random port. The properties are the Twilio tests' own, so both share
 * one Spring context (the module's one test configuration); the TCR delays are set through the knobs before
 * each test instead, and webhooks go to one local receiver subscribed for every category.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "simulators.twilio.account-sid=AC00000000000000000000000000000001",
        "simulators.twilio.auth-token=simulator-test-token",
        "simulators.twilio.callback-delay=20ms",
        "simulators.twilio.callbacks.retry-backoff=20ms",
        "simulators.twilio.callbacks.timeout=2s"})
abstract class TcrSimulatorTestBase {

    static final String API_KEY = "tcr-dev-key";
    static final String API_SECRET = "tcr-dev-secret";
    static final String WEBHOOK_SECRET = "tcr-dev-webhook-secret";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration WAIT = Duration.ofSeconds(10);

    private static final AtomicInteger NEXT_EIN = new AtomicInteger(100);
    private static TcrWebhookReceiver sharedReceiver;

    @LocalServerPort
    int port;

    @Autowired
    TcrKnobs.Holder knobs;

    TcrWebhookReceiver receiver;

    @BeforeEach
    void fastLifecycleAndSubscriptions() throws Exception {
        receiver = receiver();
        knobs.update(new TcrKnobs.Update(50L, 50L, 80L, 0.0, false, 0L, "", "", java.util.Map.of()));
        for (String category : new String[] {"BRAND", "CAMPAIGN", "VETTING"}) {
            HttpResponse<String> subscribed = tcr("PUT", "/webhook/subscription", """
                    {"eventCategory":"%s","webhookEndpoint":"%s"}""".formatted(category,
                    receiver.url("/webhooks/tcr/" + category.toLowerCase())));
            assertThat(subscribed.statusCode()).isEqualTo(200);
        }
    }

    @AfterEach
    void resetKnobs() {
        knobs.reset();
        receiver.answerWith(request -> 200);
    }

    private static synchronized TcrWebhookReceiver receiver() throws IOException {
        if (sharedReceiver == null) {
            sharedReceiver = new TcrWebhookReceiver();
        }
        return sharedReceiver;
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    HttpResponse<String> tcr(String method, String path, String json) throws IOException, InterruptedException {
        return send(method, "/tcr/v2" + path, json, API_KEY + ":" + API_SECRET);
    }

    HttpResponse<String> send(String method, String path, String json, String credentials)
            throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl().resolve(path))
                    .header("Content-Type", "application/json");
            if (credentials != null) {
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A fresh, verifiable EIN ending in the given two digits (the vetting score they give). */
    static String einEndingIn(int lastTwo) {
        return String.format("%02d-%05d%02d", 10 + NEXT_EIN.get() % 80, NEXT_EIN.incrementAndGet() % 100000, lastTwo);
    }

    static String brandJson(String entityType, String companyName, String ein, String extra) {
        return """
                {"entityType":"%s","displayName":"%s","companyName":"%s",%s"einIssuingCountry":"US",
                 "phone":"+15125550100","street":"1 Congress Ave","city":"Austin","state":"TX","postalCode":"78701",
                 "country":"US","email":"owner@example.com","website":"https://example.com","vertical":"RETAIL",
                 "brandRelationship":"BASIC_ACCOUNT","firstName":"Ada","lastName":"Lovelace",
                 "mobilePhone":"+15125550101"%s}""".formatted(entityType, companyName, companyName,
                ein == null ? "" : "\"ein\":\"" + ein + "\",", extra == null ? "" : "," + extra);
    }

    /** Creates a brand and answers its brandId. */
    String createBrand(String entityType, String companyName, String ein, String extra) throws Exception {
        HttpResponse<String> created = tcr("POST", "/brand/nonBlocking", brandJson(entityType, companyName, ein, extra));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return json(created).get("brandId").asString();
    }

    /** Creates a brand and waits until it is VERIFIED. */
    String verifiedBrand() throws Exception {
        String brandId = createBrand("PRIVATE_PROFIT", "Acme Widgets LLC", einEndingIn(80), null);
        org.awaitility.Awaitility.await().atMost(WAIT).until(() ->
                "VERIFIED".equals(json(tcr("GET", "/brand/" + brandId, null)).get("identityStatus").asString()));
        return brandId;
    }

    static String campaignJson(String brandId, String usecase, String sample1, String extra) {
        return """
                {"brandId":"%s","usecase":"%s","subUsecases":[],
                 "description":"Order updates and weekly offers from Acme Widgets to customers who opted in.",
                 "messageFlow":"Customers opt in on acme.example/sms by ticking an unchecked box at checkout.",
                 "sample1":"%s",
                 "sample2":"Acme Widgets: your order [order id] has shipped. Reply STOP to opt out.",
                 "helpMessage":"Acme Widgets: help at support@acme.example. Reply STOP to opt out.",
                 "optoutMessage":"Acme Widgets: you are unsubscribed and will get no more messages.",
                 "helpKeywords":"HELP,INFO","optoutKeywords":"STOP,QUIT","subscriberOptin":true,
                 "subscriberOptout":true,"subscriberHelp":true,"embeddedLink":false,"embeddedPhone":false,
                 "numberPool":false,"ageGated":false,"directLending":false,"affiliateMarketing":false%s}"""
                .formatted(brandId, usecase, sample1, extra == null ? "" : "," + extra);
    }

    static final String GOOD_SAMPLE = "Acme Widgets: 20% off all widgets this week. Reply STOP to opt out.";

    String createCampaign(String brandId, String usecase, String sample1, String extra) throws Exception {
        HttpResponse<String> created = tcr("POST", "/campaignBuilder", campaignJson(brandId, usecase, sample1, extra));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return json(created).get("campaignId").asString();
    }
}

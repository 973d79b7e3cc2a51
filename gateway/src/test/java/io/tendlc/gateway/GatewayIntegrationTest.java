package io.tendlc.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real gateway (one Spring context shared by every subclass) in front of {@link TestBackend}, with the shared
 * embedded Redis. Limits are lowered so bursts are cheap to provoke, and refill slowly so that a slow machine cannot
 * refill a bucket as fast as a test drains it. The test client counts as a trusted proxy, so
 * each test speaks for its own client address through {@code X-Forwarded-For} and has its own buckets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.structured.format.console=",
        "gateway.trusted-proxies=127.0.0.1,::1",
        "gateway.cors.allowed-origins=https://dashboard.example",
        "gateway.public-base-url=https://sms.example/",
        "gateway.rate-limit.ip.replenish-rate=2",
        "gateway.rate-limit.ip.burst-capacity=20",
        "gateway.rate-limit.account-forms.replenish-rate=1",
        "gateway.rate-limit.account-forms.requested-tokens=60",
        "gateway.rate-limit.account-forms.burst-capacity=180",
        "gateway.rate-limit.api-key.replenish-rate=1",
        "gateway.rate-limit.api-key.burst-capacity=3",
        "gateway.rate-limit.organization.replenish-rate=1",
        "gateway.rate-limit.organization.burst-capacity=6"})
@AutoConfigureWebTestClient(timeout = "PT30S") // a first request (JWKS fetch, class loading) on a busy 2-core box
@Import(EmbeddedRedisConnection.class)
abstract class GatewayIntegrationTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        for (String service : List.of("AUTH", "USER", "BRAND", "CAMPAIGN", "SMS", "CONTACT", "COMPLIANCE", "ANALYTICS",
                "NOTIFICATION", "BILLING")) {
            registry.add(service + "_SERVICE_URL", TestBackend::url);
        }
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestBackend::jwksUri);
    }

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveStringRedisTemplate redis;

    /** This test's own client address. */
    String client;

    @BeforeEach
    void ownClientAddress() {
        client = newClientAddress();
        web = web.mutate().defaultHeader("X-Forwarded-For", client).build();
    }

    static String newClientAddress() {
        int n = CLIENTS.incrementAndGet();
        return "10." + (n >> 16 & 0xFF) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF);
    }

    void redisSet(String key, String value) {
        redis.opsForValue().set(key, value, Duration.ofMinutes(15)).block(Duration.ofSeconds(5));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}

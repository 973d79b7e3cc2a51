package io.tendlc.gateway.security;

import io.tendlc.gateway.GatewayProperties;
import io.tendlc.gateway.ratelimit.RateLimitProperties;
import io.tendlc.gateway.ratelimit.RateLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** With Redis unreachable: revocation fails closed (503) unless configured to fail open; rate limits fail open. */
class RedisDownTest {

    private static LettuceConnectionFactory unreachable;
    private static ReactiveStringRedisTemplate redis;

    @BeforeAll
    static void connectToNothing() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        unreachable = new LettuceConnectionFactory(new RedisStandaloneConfiguration("localhost", port));
        unreachable.afterPropertiesSet();
        unreachable.start();
        redis = new ReactiveStringRedisTemplate(unreachable);
    }

    @AfterAll
    static void close() {
        unreachable.destroy();
    }

    @Test
    void authenticatedCallsAreRefusedWhenRevocationsCannotBeRead() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/messages/1"));
        AtomicBoolean routed = new AtomicBoolean();

        run(filter(false), exchange, routed);

        assertThat(routed).isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("https://tendlc.io/problems/revocation-unavailable");
    }

    @Test
    void failOpenLetsThemThroughAndTheRateLimitsFailOpenAnyway() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/messages/1"));
        AtomicBoolean routed = new AtomicBoolean();

        run(filter(true), exchange, routed);

        assertThat(routed).isTrue();
        assertThat(exchange.getResponse().getHeaders().getFirst("X-RateLimit-Remaining")).isNull();
    }

    private static void run(AuthenticatedCallerFilter filter, MockServerWebExchange exchange, AtomicBoolean routed) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("apikey:" + UUID.randomUUID())
                .claim("org", UUID.randomUUID().toString()).jti(UUID.randomUUID().toString())
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        filter.filter(exchange, e -> Mono.fromRunnable(() -> routed.set(true)))
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(jwt)))
                .block(Duration.ofSeconds(10));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AuthenticatedCallerFilter filter(boolean failOpen) {
        RedisScript<List<Long>> script = (RedisScript) RedisScript.of(
                new ClassPathResource("META-INF/scripts/request_rate_limiter.lua"), List.class);
        RateLimitProperties.Bucket bucket = new RateLimitProperties.Bucket(1, 1, 1);
        RateLimits limits = new RateLimits(redis, script, null,
                new RateLimitProperties(bucket, bucket, bucket, bucket, bucket));
        GatewayProperties properties = new GatewayProperties("http://auth", Duration.ofSeconds(10), null, List.of(),
                new GatewayProperties.Cors(List.of()), new GatewayProperties.Revocation(failOpen));
        return new AuthenticatedCallerFilter(new RevocationList(redis), limits, properties);
    }
}

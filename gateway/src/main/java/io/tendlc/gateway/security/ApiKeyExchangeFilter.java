package io.tendlc.gateway.security;

import io.tendlc.gateway.GatewayProperties;
import io.tendlc.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns {@code X-API-Key} into a short-lived bearer token from auth-service before security runs, so every
 * service behind the gateway only ever sees JWTs. Exchanged tokens are cached briefly per key; the revocation check
 * after authentication ({@link AuthenticatedCallerFilter}) applies to cached tokens too, and drops the cache entry of
 * a token it refused, so the next call exchanges the key afresh (a revoked key then gets {@code invalid-api-key}).
 */
@Component
class ApiKeyExchangeFilter implements WebFilter, Ordered {

    static final String HEADER = "X-API-Key";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyExchangeFilter.class);
    private static final int MAX_CACHED = 10_000;
    /** Subscribers of an exchange already under way share its result; the token cache keeps it afterwards. */
    private static final Duration CACHE_RESULT = Duration.ofSeconds(1);

    private final WebClient auth;
    private final GatewayProperties properties;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Mono<Cached>> inFlight = new ConcurrentHashMap<>();

    ApiKeyExchangeFilter(GatewayProperties properties) {
        this.auth = WebClient.builder().baseUrl(properties.authServiceUrl()).build();
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return -200; // before Spring Security's filter chain (-100)
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String key = exchange.getRequest().getHeaders().getFirst(HEADER);
        if (key == null || PublicRoutes.isPublic(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        return token(key)
                .flatMap(token -> chain.filter(exchange.mutate().request(r -> r.headers(h -> {
                    h.remove(HEADER);
                    h.setBearerAuth(token.token());
                })).build()).doFinally(signal -> {
                    if (Boolean.TRUE.equals(exchange.getAttribute(AuthenticatedCallerFilter.REVOKED))) {
                        cache.remove(key, token);
                    }
                }))
                .onErrorResume(InvalidKey.class, e -> Problems.write(exchange, HttpStatus.UNAUTHORIZED,
                        "invalid-api-key", "Invalid API key", "The API key is unknown or revoked."))
                .onErrorResume(ExchangeUnavailable.class, e -> Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                        "authentication-unavailable", "Authentication temporarily unavailable",
                        "The API key cannot be checked right now; retry shortly."));
    }

    private Mono<Cached> token(String key) {
        Cached cached = cache.get(key);
        if (cached != null && cached.validUntil().isAfter(Instant.now())) {
            return Mono.just(cached);
        }
        // one exchange per key at a time: when a busy key's token expires, the requests that arrive while it is
        // renewed wait for that one exchange instead of each asking auth-service
        return inFlight.computeIfAbsent(key, k -> exchange(k)
                .doFinally(signal -> inFlight.remove(k))
                .cache(fresh -> CACHE_RESULT, e -> Duration.ZERO, () -> Duration.ZERO));
    }

    private Mono<Cached> exchange(String key) {
        return auth.post().uri("/internal/api-keys/exchange").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("key", key)).retrieve().bodyToMono(Exchanged.class)
                .onErrorMap(WebClientResponseException.Unauthorized.class, e -> new InvalidKey())
                .onErrorMap(WebClientResponseException.BadRequest.class, e -> new InvalidKey())
                .onErrorMap(e -> !(e instanceof InvalidKey), e -> {
                    log.warn("API key exchange with auth-service failed: {}", e.toString());
                    return new ExchangeUnavailable();
                })
                .map(exchanged -> {
                    if (cache.size() > MAX_CACHED) {
                        cache.clear();
                    }
                    long ttl = Math.min(properties.apiKeyCacheTtl().toSeconds(), exchanged.expiresIn() / 2);
                    Cached fresh = new Cached(exchanged.accessToken(), Instant.now().plusSeconds(ttl));
                    cache.put(key, fresh);
                    return fresh;
                });
    }

    record Exchanged(String accessToken, long expiresIn) {
    }

    private record Cached(String token, Instant validUntil) {
    }

    private static final class InvalidKey extends RuntimeException {
        InvalidKey() {
            super(null, null, false, false);
        }
    }

    private static final class ExchangeUnavailable extends RuntimeException {
        ExchangeUnavailable() {
            super(null, null, false, false);
        }
    }
}

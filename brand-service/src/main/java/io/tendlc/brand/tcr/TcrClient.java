package io.tendlc.brand.tcr;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one door to TCR's CSP API: HTTP Basic auth, timeouts, a few retries of transient failures with backoff and a
 * circuit breaker so a down TCR fails fast. A refusal (400/422…) is {@link TcrRejected} with TCR's reasons; anything
 * that may succeed later (connection refused, timeout, 5xx, 429, wrong credentials) is {@link TcrUnavailable}.
 * Creating a brand is not idempotent at TCR, so that call is retried only when the request surely never arrived.
 */
@Component
public class TcrClient {

    private static final Logger log = LoggerFactory.getLogger(TcrClient.class);
    private static final Set<Integer> TRANSIENT = Set.of(408, 425, 429, 500, 502, 503, 504);
    private static final Set<Integer> NOT_DELIVERED = Set.of(429, 503);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;
    private final Retry retry;
    private final Retry retryUndelivered;
    private final CircuitBreaker breaker;

    TcrClient(RestClient.Builder builder, TcrProperties properties, ObjectProvider<MeterRegistry> meters) {
        this.client = builder.baseUrl(properties.baseUrl())
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(HttpClientSettings.defaults()
                        .withTimeouts(properties.connectTimeout(), properties.readTimeout())))
                .defaultHeaders(h -> h.setBasicAuth(properties.apiKey(), properties.apiSecret()))
                .build();
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(properties.retry().backoff(), 2.0);
        RetryRegistry retries = RetryRegistry.ofDefaults();
        this.retry = retries.retry("tcr", RetryConfig.custom().maxAttempts(properties.retry().maxAttempts())
                .intervalFunction(backoff).retryOnException(e -> e instanceof Transient).build());
        this.retryUndelivered = retries.retry("tcr-create", RetryConfig.custom()
                .maxAttempts(properties.retry().maxAttempts()).intervalFunction(backoff)
                .retryOnException(e -> e instanceof Transient t && t.undelivered).build());
        TcrProperties.BreakerSettings b = properties.circuitBreaker();
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(b.failureRateThreshold()).slidingWindowSize(b.slidingWindowSize())
                .minimumNumberOfCalls(b.minimumNumberOfCalls()).waitDurationInOpenState(b.openFor())
                .recordException(e -> e instanceof Transient)
                .build());
        this.breaker = breakers.circuitBreaker("tcr");
        meters.ifAvailable(registry -> {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry);
            TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(registry);
        });
    }

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    /** {@code POST /brand/nonBlocking}: TCR takes the brand and verifies its identity asynchronously. */
    public TcrBrand createBrand(TcrBrandRequest request) {
        return call(retryUndelivered, "create brand", () -> read(exchange(HttpMethod.POST, "/brand/nonBlocking",
                request), TcrBrand.class));
    }

    /** {@code GET /brand/{brandId}}; empty when TCR does not know the brand. */
    public Optional<TcrBrand> brand(String brandId) {
        return call(retry, "get brand", () -> {
            JsonNode body = exchangeOrNull(HttpMethod.GET, "/brand/{id}", null, brandId);
            return Optional.ofNullable(body).map(b -> JSON.treeToValue(b, TcrBrand.class));
        });
    }

    /** {@code PUT /brand/{brandId}}: replaces the brand's fields; TCR verifies its identity again. */
    public TcrBrand updateBrand(String brandId, TcrBrandRequest request) {
        return call(retry, "update brand", () -> read(exchange(HttpMethod.PUT, "/brand/{id}", request, brandId),
                TcrBrand.class));
    }

    /** {@code PUT /brand/{brandId}/revet}: runs the identity verification again. */
    public TcrBrand revet(String brandId) {
        return call(retry, "revet brand", () -> read(exchange(HttpMethod.PUT, "/brand/{id}/revet", null, brandId),
                TcrBrand.class));
    }

    /** {@code DELETE /brand/{brandId}}; a brand TCR does not know is as good as deleted. */
    public void deleteBrand(String brandId) {
        call(retry, "delete brand", () -> exchangeOrNull(HttpMethod.DELETE, "/brand/{id}", null, brandId));
    }

    /** {@code POST /brand/{brandId}/externalVetting}: orders a vetting; its score comes later (webhook). */
    public TcrVetting orderVetting(String brandId, String evpId, String vettingClass) {
        return call(retry, "order vetting", () -> read(exchange(HttpMethod.POST, "/brand/{id}/externalVetting",
                Map.of("evpId", evpId, "vettingClass", vettingClass), brandId), TcrVetting.class));
    }

    /** {@code GET /brand/{brandId}/externalVetting}: every vetting of the brand. */
    public List<TcrVetting> vettings(String brandId) {
        return call(retry, "list vettings", () -> {
            JsonNode body = exchangeOrNull(HttpMethod.GET, "/brand/{id}/externalVetting", null, brandId);
            List<TcrVetting> vettings = new ArrayList<>();
            if (body != null && body.isArray()) {
                body.forEach(v -> vettings.add(JSON.treeToValue(v, TcrVetting.class)));
            }
            return vettings;
        });
    }

    /** {@code PUT /webhook/subscription}: (re)points a category's webhooks at {@code endpoint}; idempotent. */
    public void subscribe(String eventCategory, String endpoint) {
        call(retry, "subscribe webhooks", () -> exchange(HttpMethod.PUT, "/webhook/subscription",
                Map.of("eventCategory", eventCategory, "webhookEndpoint", endpoint)));
    }

    private <T> T call(Retry retry, String what, Supplier<T> call) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
        } catch (Transient e) {
            log.warn("TCR unavailable ({}): {}", what, e.getMessage());
            throw new TcrUnavailable(e.getMessage(), e);
        } catch (CallNotPermittedException e) {
            throw new TcrUnavailable("circuit open: TCR has been failing", e);
        }
    }

    private JsonNode exchange(HttpMethod method, String path, Object body, Object... uriVariables) {
        JsonNode answer = exchangeOrNull(method, path, body, uriVariables);
        if (answer == null) {
            throw new TcrRejected(404, List.of(new TcrError(404, null, "TCR does not know " + path)));
        }
        return answer;
    }

    /** The answer's JSON (a {@code NullNode} for an empty 2xx), or null for a 404. */
    private JsonNode exchangeOrNull(HttpMethod method, String path, Object body, Object... uriVariables) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path, uriVariables).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        try {
            return spec.exchange((req, res) -> {
                int status = res.getStatusCode().value();
                byte[] raw = res.getBody().readAllBytes();
                if (res.getStatusCode().is2xxSuccessful()) {
                    return raw.length == 0 ? JSON.nullNode() : JSON.readTree(raw);
                }
                if (status == 404 && method != HttpMethod.POST && method != HttpMethod.PUT) {
                    return null;
                }
                if (TRANSIENT.contains(status)) {
                    throw new Transient("TCR answered " + status, NOT_DELIVERED.contains(status));
                }
                if (status == 401 || status == 403) {
                    // our credentials, not the brand: an operator must fix them, and nothing may be lost meanwhile
                    log.error("TCR refused our credentials ({}): check TCR_API_KEY / TCR_API_SECRET", status);
                    throw new Transient("TCR refused the platform's credentials (" + status + ")", true);
                }
                throw new TcrRejected(status, errors(raw, status));
            });
        } catch (ResourceAccessException e) {
            boolean refused = e.getCause() instanceof ConnectException
                    || e.getMessage() != null && e.getMessage().contains("Connection refused");
            throw new Transient("TCR not reachable: " + e.getMessage(), refused);
        }
    }

    private static <T> T read(JsonNode body, Class<T> type) {
        return JSON.treeToValue(body, type);
    }

    /** TCR's error list; anything else it answered becomes one error carrying the status. */
    private static List<TcrError> errors(byte[] raw, int status) {
        try {
            JsonNode body = JSON.readTree(raw);
            List<TcrError> errors = new ArrayList<>();
            if (body.isArray()) {
                body.forEach(e -> errors.add(JSON.treeToValue(e, TcrError.class)));
            } else if (body.isObject()) {
                errors.add(new TcrError(body.path("code").isNumber() ? body.path("code").asInt() : status,
                        body.path("field").isString() ? body.path("field").asString() : null,
                        body.path("description").isString() ? body.path("description").asString()
                                : body.path("detail").isString() ? body.path("detail").asString() : body.toString()));
            }
            if (!errors.isEmpty()) {
                return errors;
            }
        } catch (RuntimeException e) {
            // not JSON: fall through
        }
        return List.of(new TcrError(status, null, "TCR refused the request (HTTP " + status + ")"));
    }

    /** A failure worth retrying; {@code undelivered} when TCR surely did not act on the request. */
    private static final class Transient extends RuntimeException {
        final boolean undelivered;

        Transient(String message, boolean undelivered) {
            super(message);
            this.undelivered = undelivered;
        }
    }
}

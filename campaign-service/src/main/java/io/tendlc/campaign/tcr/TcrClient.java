package io.tendlc.campaign.tcr;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one door to TCR's CSP API: HTTP Basic, bounded timeouts, retries with backoff for transient failures (5xx, 429,
 * no connection) and a circuit breaker that stops calling a TCR that keeps failing. TCR's 4xx answers are final and
 * returned with TCR's errors; everything else that goes wrong is {@link TcrResult.Unavailable}, for a later retry.
 */
@Component
public class TcrClient {

    private static final Logger log = LoggerFactory.getLogger(TcrClient.class);
    private static final Set<Integer> TRANSIENT = Set.of(429, 500, 502, 503, 504);

    private final RestClient http;
    private final JsonMapper json;
    private final CircuitBreaker breaker;
    /** For calls TCR may apply twice harmlessly (GET, PUT, DELETE): retried on any transient failure. */
    private final Retry idempotent;
    /** For creations: retried only when TCR cannot have seen the request, so no duplicate campaign appears. */
    private final Retry creation;

    TcrClient(TcrProperties properties, JsonMapper json) {
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests)
                .defaultHeaders(h -> h.setBasicAuth(properties.apiKey(), properties.apiSecret(), StandardCharsets.UTF_8))
                .build();
        this.breaker = CircuitBreaker.of("tcr", CircuitBreakerConfig.custom()
                .failureRateThreshold(50).minimumNumberOfCalls(5).slidingWindowSize(10)
                .waitDurationInOpenState(properties.circuitBreakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof TransientFailure || e instanceof RestClientException)
                .build());
        this.idempotent = retry("tcr", properties.retryAttempts(),
                e -> e instanceof TransientFailure || e instanceof RestClientException);
        this.creation = retry("tcr-create", properties.retryAttempts(), TcrClient::notReceived);
    }

    private static Retry retry(String name, int attempts, java.util.function.Predicate<Throwable> transientFailure) {
        return Retry.of(name, RetryConfig.custom().maxAttempts(Math.max(1, attempts))
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(200), 2.0))
                .retryOnException(transientFailure).build());
    }

    /** {@code POST /campaignBuilder}: registers a campaign; carriers review it afterwards (webhooks). */
    public TcrResult<TcrCampaign> createCampaign(TcrCampaignRequest campaign) {
        return call(creation, HttpMethod.POST, "/campaignBuilder", campaign, this::campaign);
    }

    /** {@code PUT /campaign/{id}}: edits and resubmits; carriers review it again. */
    public TcrResult<TcrCampaign> updateCampaign(String tcrCampaignId, TcrCampaignRequest campaign) {
        return call(idempotent, HttpMethod.PUT, "/campaign/" + tcrCampaignId, campaign, this::campaign);
    }

    /** {@code DELETE /campaign/{id}}: deactivates (TCR status EXPIRED). */
    public TcrResult<Void> deleteCampaign(String tcrCampaignId) {
        return call(idempotent, HttpMethod.DELETE, "/campaign/" + tcrCampaignId, null, body -> null);
    }

    /** {@code GET /campaign/{id}/operationStatus}: MNO id → APPROVED | REVIEW | REJECTED | SUSPENDED. */
    public TcrResult<Map<String, String>> operationStatus(String tcrCampaignId) {
        return call(idempotent, HttpMethod.GET, "/campaign/" + tcrCampaignId + "/operationStatus", null, body -> {
            Map<String, String> statuses = new LinkedHashMap<>();
            JsonNode node = json.readTree(body);
            node.properties().forEach(e -> statuses.put(e.getKey(), e.getValue().asString()));
            return statuses;
        });
    }

    /** {@code PUT /webhook/subscription}: where TCR posts the webhooks of an event category (idempotent). */
    public TcrResult<Void> subscribe(String eventCategory, String webhookEndpoint) {
        return call(idempotent, HttpMethod.PUT, "/webhook/subscription",
                Map.of("eventCategory", eventCategory, "webhookEndpoint", webhookEndpoint), body -> null);
    }

    private TcrCampaign campaign(String body) {
        JsonNode node = json.readTree(body);
        return new TcrCampaign(node.path("campaignId").asString(null), node.path("status").asString(null));
    }

    private <T> TcrResult<T> call(Retry retry, HttpMethod method, String path, Object body, Function<String, T> parse) {
        Supplier<Answer> exchange = () -> {
            Answer answer = exchange(method, path, body);
            if (TRANSIENT.contains(answer.status())) {
                throw new TransientFailure("TCR answered " + answer.status() + " to " + method + " " + path);
            }
            return answer;
        };
        try {
            Answer answer = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, exchange)).get();
            if (answer.status() / 100 == 2) {
                return new TcrResult.Accepted<>(answer.body().isBlank() ? null : parse.apply(answer.body()));
            }
            if (answer.status() == 401 || answer.status() == 403) {
                // our credentials, not the request: an operator must fix TCR_API_KEY/SECRET; keep the work for later
                log.error("TCR refused our credentials ({}) for {} {}", answer.status(), method, path);
                return new TcrResult.Unavailable<>("TCR refused the platform's credentials (" + answer.status() + ")");
            }
            return new TcrResult.Refused<>(answer.status(), errors(answer));
        } catch (CallNotPermittedException e) {
            return new TcrResult.Unavailable<>("circuit open: TCR keeps failing");
        } catch (TransientFailure | RestClientException e) {
            log.warn("TCR unavailable for {} {}: {}", method, path, e.toString());
            return new TcrResult.Unavailable<>(e.getMessage());
        } catch (JacksonException e) {
            log.warn("TCR answered {} {} with unreadable JSON: {}", method, path, e.getOriginalMessage());
            return new TcrResult.Unavailable<>("unreadable answer from TCR");
        }
    }

    private Answer exchange(HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec spec = http.method(method).uri(path).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
        }
        return spec.exchange((request, response) -> new Answer(response.getStatusCode().value(),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8), response.getHeaders()), true);
    }

    /** TCR's 4xx body: a list of {code, field, description}; anything else becomes one error with the raw text. */
    private List<TcrError> errors(Answer answer) {
        List<TcrError> errors = new ArrayList<>();
        try {
            JsonNode node = json.readTree(answer.body());
            JsonNode list = node.isArray() ? node : node.path("errors");
            if (list.isArray()) {
                list.forEach(e -> errors.add(new TcrError(e.path("code").isNumber() ? e.path("code").asInt() : null,
                        e.path("field").asString(null),
                        e.path("description").asString(e.path("message").asString(e.toString())))));
            } else if (!node.isMissingNode() && !node.isNull()) {
                errors.add(new TcrError(null, null, node.path("description").asString(node.toString())));
            }
        } catch (JacksonException e) {
            // not JSON: keep TCR's words as they are
        }
        if (errors.isEmpty()) {
            errors.add(new TcrError(null, null, answer.body().isBlank() ? "TCR answered " + answer.status()
                    : answer.body()));
        }
        return errors;
    }

    /** Nothing reached TCR: no connection was made, or TCR said it did not take the request (429/503). */
    private static boolean notReceived(Throwable e) {
        if (e instanceof TransientFailure t) {
            return t.getMessage().contains(" 429 ") || t.getMessage().contains(" 503 ");
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private record Answer(int status, String body, HttpHeaders headers) {
    }

    private static final class TransientFailure extends RuntimeException {
        TransientFailure(String message) {
            super(message, null, false, false);
        }
    }
}

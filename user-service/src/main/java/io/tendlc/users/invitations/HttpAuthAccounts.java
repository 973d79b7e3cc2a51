package io.tendlc.users.invitations;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.tendlc.platform.web.ApiProblem;
import io.tendlc.users.config.UsersProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link AuthAccounts} over HTTP: {@code POST /internal/accounts} on auth-service, with timeouts, a few retries of
 * transient failures (the call is idempotent: an existing account is returned, not created twice) and a circuit
 * breaker so that a down auth-service fails invitations fast.
 */
@Component
class HttpAuthAccounts implements AuthAccounts {

    private static final Logger log = LoggerFactory.getLogger(HttpAuthAccounts.class);
    private static final String PROBLEM_TYPES = "/problems/";

    private final RestClient client;
    private final Retry retry;
    private final CircuitBreaker breaker;

    HttpAuthAccounts(RestClient.Builder builder, UsersProperties properties) {
        this.client = builder.baseUrl(properties.authServiceUrl())
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(HttpClientSettings.defaults()
                        .withTimeouts(properties.authConnectTimeout(), properties.authReadTimeout())))
                .build();
        this.retry = Retry.of("auth-accounts", RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(200), 2.0))
                .retryOnException(HttpAuthAccounts::isTransient)
                .build());
        this.breaker = CircuitBreaker.of("auth-accounts", CircuitBreakerConfig.custom()
                .failureRateThreshold(50).minimumNumberOfCalls(10).slidingWindowSize(20)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .recordException(HttpAuthAccounts::isTransient)
                .build());
    }

    @Override
    public LinkedAccount link(AccountRequest request) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> post(request))).get();
        } catch (CallNotPermittedException e) {
            throw unavailable();
        } catch (Unavailable | ResourceAccessException e) {
            log.warn("auth-service could not link an invited account: {}", e.getMessage());
            throw unavailable();
        }
    }

    private LinkedAccount post(AccountRequest request) {
        return client.post().uri("/internal/accounts").contentType(MediaType.APPLICATION_JSON).body(request)
                .exchange((req, res) -> {
                    int status = res.getStatusCode().value();
                    if (res.getStatusCode().is2xxSuccessful()) {
                        LinkedAccount account = res.bodyTo(LinkedAccount.class);
                        if (account == null || account.userId() == null) {
                            throw new Unavailable("auth-service answered " + status + " without a user id");
                        }
                        return account;
                    }
                    Map<?, ?> body = readProblem(res);
                    if (res.getStatusCode().is4xxClientError() && status != 404 && status != 405 && status != 429
                            && body.get("type") instanceof String type && type.contains(PROBLEM_TYPES)) {
                        throw passedThrough(status, type, body);
                    }
                    throw new Unavailable("auth-service answered " + status);
                });
    }

    /** auth-service's refusal, as its own problem: the caller can act on it (give a password, say). */
    private static ApiProblem passedThrough(int status, String type, Map<?, ?> body) {
        Map<String, Object> extra = new HashMap<>();
        if (body.get("errors") != null) {
            extra.put("errors", body.get("errors"));
        }
        HttpStatus httpStatus = HttpStatus.resolve(status) == null ? HttpStatus.BAD_REQUEST : HttpStatus.resolve(status);
        return new ApiProblem(httpStatus, type.substring(type.lastIndexOf(PROBLEM_TYPES) + PROBLEM_TYPES.length()),
                body.get("title") instanceof String title ? title : httpStatus.getReasonPhrase(),
                body.get("detail") instanceof String detail ? detail : "The account could not be created.", extra);
    }

    private static Map<?, ?> readProblem(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse res) {
        try {
            Map<?, ?> body = res.bodyTo(Map.class);
            return body == null ? Map.of() : body;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static ApiProblem unavailable() {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "auth-unavailable", "Accounts unavailable",
                "Accounts cannot be created right now; please try again in a moment.", Map.of());
    }

    private static boolean isTransient(Throwable e) {
        return e instanceof Unavailable || e instanceof ResourceAccessException;
    }

    /** auth-service did not answer usefully (down, overloaded, timed out, or not speaking this API). */
    private static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }
}

package io.tendlc.sms.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.tendlc.platform.privacy.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one door to Twilio: a bulkhead bounds concurrent calls, a retry with exponential backoff absorbs 429s,
 * 5xx and connection errors, and a circuit breaker stops hammering Twilio when it is down. Twilio's
 * 4xx answers (invalid number, unsubscribed…) are final and returned, not retried.
 */
@Component
public class TwilioGateway {

    private static final Logger log = LoggerFactory.getLogger(TwilioGateway.class);
    private static final Set<Integer> TRANSIENT_STATUS = Set.of(429, 500, 502, 503, 504);

    private final TwilioRestClient client;
    private final Bulkhead bulkhead;
    private final Retry retry;
    private final CircuitBreaker breaker;

    TwilioGateway(TwilioRestClient client, TwilioProperties properties) {
        this.client = client;
        this.bulkhead = Bulkhead.of("twilio", BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConnections()).maxWaitDuration(Duration.ofSeconds(30)).build());
        this.retry = Retry.of("twilio", RetryConfig.custom()
                .maxAttempts(4)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(200), 2.0))
                .retryOnException(TwilioGateway::isTransient)
                .build());
        this.breaker = CircuitBreaker.of("twilio", CircuitBreakerConfig.custom()
                .failureRateThreshold(50).minimumNumberOfCalls(50).slidingWindowSize(200)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .recordException(TwilioGateway::isTransient)
                .build());
    }

    public SendResult send(String from, String to, String body, URI statusCallback) {
        Supplier<Message> call = () -> Message.creator(new PhoneNumber(to), new PhoneNumber(from), body)
                .setStatusCallback(statusCallback).create(client);
        try {
            Message message = Bulkhead.decorateSupplier(bulkhead,
                    Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call))).get();
            return new SendResult.Accepted(message.getSid(), String.valueOf(message.getStatus()));
        } catch (ApiException e) {
            if (isTransient(e)) {
                return new SendResult.Unavailable("Twilio answered " + e.getStatusCode() + " " + e.getMessage());
            }
            log.info("Twilio refused a message to {}: {} {}", Pii.maskPhone(to), e.getCode(), e.getMessage());
            return new SendResult.Rejected(e.getCode() == null ? 0 : e.getCode(), e.getMessage());
        } catch (CallNotPermittedException e) {
            return new SendResult.Unavailable("circuit open: Twilio is failing");
        } catch (RuntimeException e) {
            return new SendResult.Unavailable(e.toString());
        }
    }

    /** Twilio's current view of a message: its status and error code, if Twilio knows the sid. */
    public java.util.Optional<Fetched> fetch(String sid) {
        Supplier<Message> call = () -> Message.fetcher(sid).fetch(client);
        try {
            Message m = Bulkhead.decorateSupplier(bulkhead,
                    Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call))).get();
            return java.util.Optional.of(new Fetched(String.valueOf(m.getStatus()), m.getErrorCode()));
        } catch (ApiException e) {
            if (e.getStatusCode() != null && e.getStatusCode() == 404) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    public record Fetched(String status, Integer errorCode) {
    }

    private static boolean isTransient(Throwable e) {
        return e instanceof ApiConnectionException
                || e instanceof ApiException api && api.getStatusCode() != null && TRANSIENT_STATUS.contains(api.getStatusCode());
    }

    /** What became of one send attempt. */
    public sealed interface SendResult {
        record Accepted(String sid, String status) implements SendResult {
        }

        /** Twilio will never take this message (e.g. 21211 invalid number, 21610 unsubscribed). */
        record Rejected(int errorCode, String message) implements SendResult {
        }

        /** Twilio could not be reached or kept failing after retries; the message may be tried again. */
        record Unavailable(String reason) implements SendResult {
        }
    }
}

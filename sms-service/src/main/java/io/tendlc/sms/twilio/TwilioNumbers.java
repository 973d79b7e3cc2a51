package io.tendlc.sms.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.Local;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.LocalReader;
import com.twilio.type.PhoneNumber;
import com.twilio.type.PhoneNumberCapabilities;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Twilio's phone-number APIs: the numbers for sale, buying and releasing them (api.twilio.com), and a
 * campaign's Messaging Service sender pool (messaging.twilio.com). Its own retry and circuit breaker, so that
 * trouble here never opens the send path's breaker. Twilio's 4xx answers come back as {@link Refused};
 * anything that might work later (429, 5xx, no connection, open breaker) as {@link Unavailable}.
 */
@Component
public class TwilioNumbers {

    /** Twilio: the number is already in this Messaging Service. */
    static final int ALREADY_IN_SERVICE = 21710;
    private static final Set<Integer> TRANSIENT_STATUS = Set.of(429, 500, 502, 503, 504);

    private final TwilioRestClient client;
    private final Retry retry;
    private final CircuitBreaker breaker;

    TwilioNumbers(TwilioRestClient client) {
        this.client = client;
        this.retry = Retry.of("twilio-numbers", RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(200), 2.0))
                .retryOnException(TwilioNumbers::isTransient)
                .build());
        this.breaker = CircuitBreaker.of("twilio-numbers", CircuitBreakerConfig.custom()
                .failureRateThreshold(50).minimumNumberOfCalls(10).slidingWindowSize(20)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .recordException(TwilioNumbers::isTransient)
                .build());
    }

    /** US local numbers for sale, at most {@code limit}; {@code areaCode} and {@code contains} may be null. */
    public List<Available> available(Integer areaCode, String contains, int limit) {
        return call(() -> {
            LocalReader reader = Local.reader("US").setPageSize((long) limit).setSmsEnabled(true);
            if (areaCode != null) {
                reader.setAreaCode(areaCode);
            }
            if (contains != null && !contains.isBlank()) {
                reader.setContains(contains);
            }
            return reader.firstPage(client).getRecords().stream().limit(limit).map(TwilioNumbers::available).toList();
        });
    }

    /** Buys the number; answers its Twilio sid (PN…). */
    public String buy(String e164) {
        return call(() -> IncomingPhoneNumber.creator(new PhoneNumber(e164)).create(client).getSid());
    }

    /** The sid of the account's number with this E.164, if the account owns it. */
    public Optional<String> findOwned(String e164) {
        return call(() -> IncomingPhoneNumber.reader().setPhoneNumber(new PhoneNumber(e164)).firstPage(client)
                .getRecords().stream().map(IncomingPhoneNumber::getSid).findFirst());
    }

    /** Releases the number; one Twilio no longer has counts as released. */
    public void release(String sid) {
        ignoringNotFound(() -> IncomingPhoneNumber.deleter(sid).delete(client));
    }

    /** Adds the number to the Messaging Service's sender pool; already being there counts as added. */
    public void addToMessagingService(String serviceSid, String numberSid) {
        try {
            call(() -> com.twilio.rest.messaging.v1.service.PhoneNumber.creator(serviceSid, numberSid).create(client));
        } catch (Refused e) {
            if (e.code() != ALREADY_IN_SERVICE) {
                throw e;
            }
        }
    }

    /** Takes the number out of the Messaging Service; not being there counts as removed. */
    public void removeFromMessagingService(String serviceSid, String numberSid) {
        ignoringNotFound(() -> com.twilio.rest.messaging.v1.service.PhoneNumber.deleter(serviceSid, numberSid).delete(client));
    }

    private void ignoringNotFound(Supplier<?> call) {
        try {
            call(call);
        } catch (Refused e) {
            if (e.httpStatus() != 404) {
                throw e;
            }
        }
    }

    private <T> T call(Supplier<T> call) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
        } catch (ApiException e) {
            if (isTransient(e)) {
                throw new Unavailable("Twilio answered " + e.getStatusCode() + ": " + e.getMessage());
            }
            throw new Refused(e.getCode() == null ? 0 : e.getCode(), e.getStatusCode() == null ? 400 : e.getStatusCode(),
                    e.getMessage());
        } catch (CallNotPermittedException e) {
            throw new Unavailable("Twilio's number APIs keep failing; not calling them for a while");
        } catch (RuntimeException e) {
            throw new Unavailable(e.toString());
        }
    }

    private static boolean isTransient(Throwable e) {
        return e instanceof ApiConnectionException
                || e instanceof ApiException api && api.getStatusCode() != null && TRANSIENT_STATUS.contains(api.getStatusCode());
    }

    private static Available available(Local n) {
        PhoneNumberCapabilities c = n.getCapabilities();
        return new Available(n.getPhoneNumber().getEndpoint(),
                n.getFriendlyName() == null ? null : n.getFriendlyName().getEndpoint(), n.getLocality(), n.getRegion(),
                n.getIsoCountry(), c != null && c.getSms(), c != null && c.getMms(), c != null && c.getVoice());
    }

    public record Available(String e164, String friendlyName, String locality, String region, String isoCountry,
                            boolean sms, boolean mms, boolean voice) {
    }

    /** Twilio answered no, for good (a 4xx with its error code). */
    public static final class Refused extends RuntimeException {

        private final int code;
        private final int httpStatus;

        Refused(int code, int httpStatus, String message) {
            super(message, null, false, false);
            this.code = code;
            this.httpStatus = httpStatus;
        }

        public int code() {
            return code;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    /** Twilio could not be reached or kept failing; the same call may work later. */
    public static final class Unavailable extends RuntimeException {

        Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}

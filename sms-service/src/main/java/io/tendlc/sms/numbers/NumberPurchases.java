package io.tendlc.sms.numbers;

import io.tendlc.events.EventTypes;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.privacy.Pii;
import io.tendlc.platform.web.ApiProblem;
import io.tendlc.sms.twilio.TwilioNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Buying and releasing numbers. A purchase is reserved here before Twilio is asked, so a number Twilio sold us
 * is never lost track of: if its answer never comes, {@link NumberSync} asks Twilio later whether we own it.
 */
@Service
class NumberPurchases {

    private static final Logger log = LoggerFactory.getLogger(NumberPurchases.class);
    private static final int NOT_AVAILABLE = 21422;

    private final PhoneNumbers numbers;
    private final TwilioNumbers twilio;
    private final EventPublisher events;
    private final TransactionTemplate tx;
    private final NumberSync sync;
    private final NumbersProperties properties;

    NumberPurchases(PhoneNumbers numbers, TwilioNumbers twilio, EventPublisher events, TransactionTemplate tx,
                    NumberSync sync, NumbersProperties properties) {
        this.numbers = numbers;
        this.twilio = twilio;
        this.events = events;
        this.tx = tx;
        this.sync = sync;
        this.properties = properties;
    }

    List<TwilioNumbers.Available> available(Integer areaCode, String contains, int limit) {
        try {
            return twilio.available(areaCode, contains, limit);
        } catch (TwilioNumbers.Refused e) {
            throw ApiProblem.badRequest("invalid-search", "Twilio refused the search: " + e.getMessage());
        } catch (TwilioNumbers.Unavailable e) {
            throw unavailable("Twilio did not answer the search; try again shortly.");
        }
    }

    PhoneNumber buy(UUID organizationId, String e164) {
        PhoneNumber reserved = tx.execute(s -> numbers.reserve(organizationId, e164, properties.purchaseGrace()))
                .orElseThrow(() -> taken(organizationId, e164));
        String sid;
        try {
            sid = twilio.buy(e164);
        } catch (TwilioNumbers.Refused e) {
            numbers.dropReservation(reserved.id());
            if (e.code() == NOT_AVAILABLE) {
                throw notAvailable(e164);
            }
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "twilio-refused", "Twilio refused the purchase",
                    "Twilio refused to sell the number: " + e.getMessage(), Map.of("twilioErrorCode", e.code()));
        } catch (TwilioNumbers.Unavailable e) {
            log.warn("Purchase of {} unconfirmed, settled later: {}", Pii.maskPhone(e164), e.getMessage());
            throw unavailable("Twilio did not confirm the purchase. If it went through, the number appears in your "
                    + "list within a few minutes; otherwise it is offered again.");
        }
        return tx.execute(s -> numbers.purchased(reserved.id(), sid).map(bought -> {
            events.publish(EventTypes.NUMBER_PURCHASED, organizationId, bought.id().toString(), bought.changed());
            return bought;
        }).orElseGet(() -> numbers.find(reserved.id()).orElseThrow())); // settled by NumberSync meanwhile
    }

    /** Released here at once (it stops sending); released at Twilio right after, retried until Twilio confirms. */
    void release(UUID organizationId, UUID id) {
        PhoneNumber number = numbers.find(organizationId, id).orElseThrow(() -> ApiProblem.notFound("Number " + id));
        if (number.status() == NumberStatus.RELEASED) {
            return;
        }
        tx.executeWithoutResult(s -> numbers.change(organizationId, id, NumberStatus.RELEASED, null).ifPresent(released -> {
            events.publish(EventTypes.NUMBER_RELEASED, organizationId, id.toString(), released.changed());
            sync.wakeUpAfterCommit();
        }));
    }

    private ApiProblem taken(UUID organizationId, String e164) {
        if (numbers.holder(e164).filter(organizationId::equals).isPresent()) {
            return new ApiProblem(HttpStatus.CONFLICT, "number-already-owned", "Number already yours",
                    "Your organization already has " + e164 + ".");
        }
        return notAvailable(e164);
    }

    private static ApiProblem notAvailable(String e164) {
        return new ApiProblem(HttpStatus.CONFLICT, "number-not-available", "Number not available",
                e164 + " is not for sale (any more): search again for available numbers.");
    }

    private static ApiProblem unavailable(String detail) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "twilio-unavailable", "Twilio unavailable", detail);
    }
}

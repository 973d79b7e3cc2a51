package io.tendlc.sms.delivery;

import io.tendlc.platform.privacy.Pii;
import io.tendlc.sms.numbers.PhoneNumbers;
import io.tendlc.sms.suppression.SuppressionList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Twilio's 21610 (the recipient unsubscribed, at Twilio or at the carrier) is an opt-out we did not hear
 * ourselves: the recipient is suppressed for the sender number's brand, and never retried. In the caller's
 * transaction, the one that records the failure.
 */
@Component
class CarrierOptOuts {

    static final int UNSUBSCRIBED = 21610;
    private static final Logger log = LoggerFactory.getLogger(CarrierOptOuts.class);

    private final PhoneNumbers numbers;
    private final SuppressionList suppressions;

    CarrierOptOuts(PhoneNumbers numbers, SuppressionList suppressions) {
        this.numbers = numbers;
        this.suppressions = suppressions;
    }

    void recordIfUnsubscribed(Message m) {
        if (m.errorCode() == null || m.errorCode() != UNSUBSCRIBED) {
            return;
        }
        // a number released meanwhile has no campaign any more: the opt-out then holds organization-wide
        Optional<PhoneNumbers.Route> route = numbers.route(m.organizationId(), m.from());
        boolean added = suppressions.optOut(new SuppressionList.OptOut(m.organizationId(),
                route.map(PhoneNumbers.Route::brandId).orElse(null), route.map(PhoneNumbers.Route::campaignId).orElse(null),
                m.to(), SuppressionList.REASON_CARRIER, "CARRIER", "twilio-" + UNSUBSCRIBED, m.providerSid(),
                Instant.now()), false);
        if (added) {
            log.info("Twilio answered 21610 for {}: suppressed for the sender's brand", Pii.maskPhone(m.to()));
        }
    }
}

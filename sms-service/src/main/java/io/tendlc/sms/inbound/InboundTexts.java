package io.tendlc.sms.inbound;

import io.tendlc.events.Uuids;
import io.tendlc.platform.privacy.Pii;
import io.tendlc.sms.delivery.MessageAcceptance;
import io.tendlc.sms.numbers.PhoneNumbers;
import io.tendlc.sms.suppression.SuppressionList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What happens when someone texts one of the platform's numbers. All in one transaction: the message is stored,
 * an opt-out suppresses the sender for the number's brand and is announced, and the keyword's answer is queued on
 * the normal send path, so that either all of it happens or Twilio's retry does it again.
 *
 * <p>Never a loop: a retried webhook (same MessageSid) changes nothing, nothing texted from a platform number is
 * answered, an opt-out is confirmed only when it suppressed someone not suppressed before (so STOP twice is
 * confirmed once), and an opt-in is confirmed only when it lifted a suppression.
 */
@Service
public class InboundTexts {

    private static final Logger log = LoggerFactory.getLogger(InboundTexts.class);

    private final PhoneNumbers numbers;
    private final InboundMessages inbound;
    private final SuppressionList suppressions;
    private final MessageAcceptance acceptance;
    private final KeywordAnswers defaults;
    private final Duration helpInterval;

    InboundTexts(PhoneNumbers numbers, InboundMessages inbound, SuppressionList suppressions,
                 MessageAcceptance acceptance, KeywordAnswers defaults,
                 @Value("${sms.keywords.help-interval:10m}") Duration helpInterval) {
        this.helpInterval = helpInterval;
        this.numbers = numbers;
        this.inbound = inbound;
        this.suppressions = suppressions;
        this.acceptance = acceptance;
        this.defaults = defaults;
    }

    @Transactional
    public void receive(InboundSms sms) {
        Optional<PhoneNumbers.Route> route = numbers.route(sms.to());
        if (route.isEmpty()) {
            log.warn("Inbound SMS to {}, which is no number of the platform: ignored", Pii.maskPhone(sms.to()));
            return;
        }
        PhoneNumbers.Route number = route.get();
        Keywords.Match match = Keywords.classify(sms.body());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        InboundMessage message = new InboundMessage(Uuids.timeOrdered(), number.organizationId(), sms.messageSid(),
                sms.from(), sms.to(), sms.body(), match.intent(), match.keyword(), number.campaignId(), number.brandId(),
                now);
        if (!inbound.insert(message)) {
            return; // Twilio retried a webhook we handled already
        }
        if (match.intent() != Keywords.Intent.MESSAGE && numbers.route(sms.from()).isPresent()) {
            log.warn("Keyword from platform number {} to {}: not answered", Pii.maskPhone(sms.from()),
                    Pii.maskPhone(sms.to()));
            return;
        }
        switch (match.intent()) {
            case OPT_OUT -> {
                boolean added = suppressions.optOut(new SuppressionList.OptOut(number.organizationId(), number.brandId(),
                        number.campaignId(), sms.from(), SuppressionList.REASON_KEYWORD, "SMS", match.keyword(),
                        sms.messageSid(), now), true);
                if (added) {
                    answer(number, sms.from(), or(number.optoutMessage(), defaults.optoutMessage()));
                }
            }
            case HELP -> {
                // once per sender and number in a while: a phone (or a script) texting HELP over and over must not
                // make the brand pay for, and the carrier see, a reply to each
                if (inbound.helpRequestsSince(sms.to(), sms.from(), now.minus(helpInterval)) <= 1) {
                    answer(number, sms.from(), or(number.helpMessage(), defaults.helpMessage()));
                }
            }
            case OPT_IN -> {
                if (suppressions.optBackIn(number.organizationId(), number.brandId(), number.campaignId(), sms.from(),
                        match.keyword(), sms.messageSid(), now)) {
                    answer(number, sms.from(), or(number.optinMessage(), defaults.optinMessage()));
                }
            }
            case MESSAGE -> {
            }
        }
    }

    private void answer(PhoneNumbers.Route number, String to, String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        if (acceptance.acceptSystemReply(number.organizationId(), number.e164(), to, body).isEmpty()) {
            log.warn("Keyword answer to {} not sent: {} is not assigned to an approved campaign",
                    Pii.maskPhone(to), Pii.maskPhone(number.e164()));
        }
    }

    private static String or(String own, String fallback) {
        return own == null || own.isBlank() ? fallback : own;
    }
}

package io.tendlc.sms.delivery;

import io.tendlc.sms.twilio.TwilioGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Status callbacks can be lost (Twilio retries only so long; our gateway may have been down). A message that
 * has waited too long for its next status is fetched from Twilio and moved forward like a callback would.
 */
@Component
class DeliveryReconciler {

    private static final Logger log = LoggerFactory.getLogger(DeliveryReconciler.class);
    private static final int BATCH = 200;

    private final Messages messages;
    private final TwilioGateway twilio;
    private final StatusUpdates updates;
    private final TransactionTemplate tx;
    private final Duration staleAfter;
    private final ExecutorService fetches = Executors.newVirtualThreadPerTaskExecutor();

    DeliveryReconciler(Messages messages, TwilioGateway twilio, StatusUpdates updates, TransactionTemplate tx,
                       @Value("${sms.reconcile.stale-after:2m}") Duration staleAfter) {
        this.messages = messages;
        this.twilio = twilio;
        this.updates = updates;
        this.tx = tx;
        this.staleAfter = staleAfter;
    }

    @Scheduled(fixedDelayString = "${sms.reconcile.interval:30s}", initialDelayString = "${sms.reconcile.interval:30s}")
    void reconcile() {
        List<Message> stale;
        do {
            stale = tx.execute(s -> messages.claimStale(Instant.now().minus(staleAfter), BATCH));
            if (stale == null || stale.isEmpty()) {
                return;
            }
            stale.stream().map(m -> fetches.submit(() -> check(m))).toList().forEach(f -> {
                try {
                    f.get();
                } catch (Exception e) {
                    log.warn("Reconciling a message failed: {}", e.toString());
                }
            });
        } while (stale.size() == BATCH);
    }

    private void check(Message m) {
        twilio.fetch(m.providerSid()).ifPresent(fetched -> MessageStatus.fromTwilio(fetched.status())
                .filter(status -> status.rank() > m.status().rank())
                .ifPresent(status -> updates.apply(m.providerSid(), status, fetched.errorCode(), Instant.now())));
    }
}

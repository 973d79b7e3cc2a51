package io.tendlc.sms.numbers;

import io.tendlc.events.EventTypes;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.privacy.Pii;
import io.tendlc.sms.twilio.TwilioNumbers;
import io.tendlc.sms.twilio.TwilioProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Does the Twilio side of what was stored: checks an assignment's campaign and puts the number in the campaign's
 * Messaging Service, takes it out again when unassigned, releases released numbers, and settles purchases whose
 * answer never came. Work is found in the table ({@code sync_at} due), so nothing is lost to a crash or an
 * outage: it is simply tried again, with backoff, until Twilio gives a final answer.
 */
@Component
class NumberSync {

    private static final Logger log = LoggerFactory.getLogger(NumberSync.class);
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration CAMPAIGN_POLL = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final PhoneNumbers numbers;
    private final Campaigns campaigns;
    private final TwilioNumbers twilio;
    private final TwilioProperties twilioProperties;
    private final EventPublisher events;
    private final TransactionTemplate tx;
    private final NumbersProperties properties;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean wokenUp = new AtomicBoolean();

    NumberSync(PhoneNumbers numbers, Campaigns campaigns, TwilioNumbers twilio, TwilioProperties twilioProperties,
               EventPublisher events, TransactionTemplate tx, NumbersProperties properties) {
        this.numbers = numbers;
        this.campaigns = campaigns;
        this.twilio = twilio;
        this.twilioProperties = twilioProperties;
        this.events = events;
        this.tx = tx;
        this.properties = properties;
    }

    /** Runs a round soon after the current transaction commits (the change it made is then visible). */
    void wakeUpAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wakeUp();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeUp();
            }
        });
    }

    void wakeUp() {
        wokenUp.set(true);
        workers.execute(this::drain);
    }

    @Scheduled(fixedDelayString = "${sms.numbers.sync-interval}", initialDelayString = "${sms.numbers.sync-interval}")
    void scheduled() {
        drain();
    }

    private void drain() {
        if (!running.tryLock()) {
            return; // the round in progress sees the flag and goes again
        }
        try {
            do {
                wokenUp.set(false);
                List<PhoneNumber> due;
                do {
                    due = tx.execute(s -> numbers.claimDue(BATCH, LEASE));
                    if (due == null) {
                        return;
                    }
                    List<Future<?>> work = due.stream().<Future<?>>map(n -> workers.submit(() -> sync(n))).toList();
                    work.forEach(NumberSync::await);
                } while (due.size() == BATCH);
            } while (wokenUp.get());
        } finally {
            running.unlock();
        }
    }

    private void sync(PhoneNumber n) {
        try {
            switch (n.status()) {
                case PURCHASING -> settlePurchase(n);
                case PENDING_ASSIGNMENT -> assign(n);
                case RELEASED -> release(n);
                case UNASSIGNED, FAILED_ASSIGNMENT -> leaveMessagingService(n);
                case ASSIGNED -> numbers.done(n);
            }
        } catch (TwilioNumbers.Unavailable e) {
            Instant next = Instant.now().plus(backoff(n.syncAttempts()));
            log.info("Twilio work on number {} put off until {}: {}", n.id(), next, e.getMessage());
            numbers.retryAt(n, next, n.status() == NumberStatus.PENDING_ASSIGNMENT
                    ? "Twilio is not answering; the assignment is retried automatically." : null);
        } catch (RuntimeException e) {
            // a bug or the database: leave the lease to run out and try again then
            log.warn("Twilio work on number {} failed; retried when its lease runs out", n.id(), e);
        }
    }

    /** A purchase whose answer never reached us: Twilio says whether the account owns the number. */
    private void settlePurchase(PhoneNumber n) {
        if (n.createdAt().plus(properties.purchaseGrace()).isAfter(Instant.now())) {
            numbers.retryAt(n, n.createdAt().plus(properties.purchaseGrace()), null);
            return;
        }
        twilio.findOwned(n.e164()).ifPresentOrElse(
                sid -> tx.executeWithoutResult(s -> numbers.purchased(n.id(), sid)
                        .ifPresent(bought -> events.publish(EventTypes.NUMBER_PURCHASED, bought.organizationId(),
                                bought.id().toString(), bought.changed()))),
                () -> {
                    log.info("Purchase of {} never went through; reservation dropped", Pii.maskPhone(n.e164()));
                    numbers.dropReservation(n.id());
                });
    }

    private void assign(PhoneNumber n) {
        Campaigns.Campaign campaign = campaigns.find(n.campaignId())
                .filter(c -> c.organizationId().equals(n.organizationId())).orElse(null);
        if (campaign == null) {
            if (n.assignmentRequestedAt().plus(properties.campaignWait()).isBefore(Instant.now())) {
                settle(n, NumberStatus.FAILED_ASSIGNMENT, "Campaign " + n.campaignId()
                        + " is not a registered campaign of your organization.");
            } else {
                numbers.retryAt(n, Instant.now().plus(CAMPAIGN_POLL), null); // its events may still be on the way
            }
            return;
        }
        if (!campaign.approved()) {
            settle(n, NumberStatus.FAILED_ASSIGNMENT, "Campaign is " + campaign.status() + ", not APPROVED: only "
                    + "numbers of an approved 10DLC campaign can send (Twilio error 30034)."
                    + (campaign.reason() == null ? "" : " " + campaign.reason()));
            return;
        }
        if (n.twilioSid() != null) {
            String service = twilioProperties.messagingServiceFor(campaign.id());
            if (n.messagingServiceSid() != null && !n.messagingServiceSid().equals(service)) {
                twilio.removeFromMessagingService(n.messagingServiceSid(), n.twilioSid());
                numbers.recordOutOfMessagingService(n.id());
            }
            try {
                twilio.addToMessagingService(service, n.twilioSid());
            } catch (TwilioNumbers.Refused e) {
                settle(n, NumberStatus.FAILED_ASSIGNMENT, "Twilio refused to add the number to the campaign's "
                        + "Messaging Service: " + e.code() + " " + e.getMessage());
                return;
            }
            numbers.recordInMessagingService(n.id(), service);
        }
        // numbers not bought through Twilio here (the dev stack's demo number) have no sender pool to join
        settle(n, NumberStatus.ASSIGNED, null);
    }

    private void release(PhoneNumber n) {
        if (n.twilioSid() != null && n.twilioReleasedAt() == null) {
            twilio.release(n.twilioSid()); // Twilio takes it out of its Messaging Service too
            numbers.recordReleasedAtTwilio(n.id());
        }
        numbers.done(n);
    }

    private void leaveMessagingService(PhoneNumber n) {
        if (n.twilioSid() != null && n.messagingServiceSid() != null) {
            twilio.removeFromMessagingService(n.messagingServiceSid(), n.twilioSid());
            numbers.recordOutOfMessagingService(n.id());
        }
        numbers.done(n);
    }

    private void settle(PhoneNumber n, NumberStatus status, String reason) {
        tx.executeWithoutResult(s -> numbers.settle(n, status, reason).ifPresent(settled -> events.publish(
                status == NumberStatus.ASSIGNED ? EventTypes.NUMBER_ASSIGNED : EventTypes.NUMBER_ASSIGNMENT_FAILED,
                settled.organizationId(), settled.id().toString(), settled.changed())));
    }

    private static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 9));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Number sync task failed: {}", e.toString());
        }
    }
}

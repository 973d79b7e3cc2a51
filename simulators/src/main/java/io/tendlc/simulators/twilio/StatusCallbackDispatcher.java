package io.tendlc.simulators.twilio;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Moves sent messages through their lifecycle and posts their status callbacks. Every step waits in one
 * delay queue (bounded by a counter, so a stalled receiver cannot exhaust the heap) and a fixed set of
 * virtual threads takes due steps and posts them synchronously, which bounds the webhooks in flight. A
 * message's next step is queued only once the previous one is done, so its callbacks arrive in order.
 */
final class StatusCallbackDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StatusCallbackDispatcher.class);

    private final DelayQueue<CallbackJob> queue = new DelayQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();
    private final MessageStore store;
    private final WebhookPoster poster;
    private final KnobsHolder knobs;
    private final SimulatorStats stats;
    private final TwilioSimulatorProperties.Callbacks settings;
    private volatile boolean running;

    StatusCallbackDispatcher(MessageStore store, WebhookPoster poster, KnobsHolder knobs, SimulatorStats stats,
                             TwilioSimulatorProperties.Callbacks settings) {
        this.store = store;
        this.poster = poster;
        this.knobs = knobs;
        this.stats = stats;
        this.settings = settings;
    }

    /** Starts the lifecycle of a message just created, whether or not it asked for callbacks. */
    void track(SimMessage message) {
        SimulatorKnobs current = knobs.get();
        enqueue(CallbackJob.first(message, DeliveryPlan.forRecipient(message.to(), current), current.callbackDelayMs()));
    }

    int pending() {
        return pending.get();
    }

    private void enqueue(CallbackJob job) {
        if (pending.incrementAndGet() > settings.maxPending()) {
            pending.decrementAndGet();
            stats.callbacksDropped.increment();
            return;
        }
        queue.add(job);
    }

    private void work() {
        while (running) {
            CallbackJob job;
            try {
                job = queue.take();
            } catch (InterruptedException stopping) {
                return;
            }
            pending.decrementAndGet();
            try {
                run(job);
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException bug) {
                log.error("Status step for {} failed", job.message().sid(), bug);
            }
        }
    }

    private void run(CallbackJob job) throws InterruptedException {
        SimMessage message = job.message();
        DeliveryPlan.Step step = job.step();
        Instant now = Instant.now();
        if (job.attempt() == 1) {
            // the status changes before the callback, so a fetch made by the receiver already sees it
            store.update(message.sid(), stored -> stored.withStatus(step.status(), step.errorCode(), now));
        }
        if (message.statusCallback() != null && !post(job, now)) {
            return;
        }
        if (job.hasNextStep()) {
            enqueue(job.nextStep(knobs.get().callbackDelayMs()));
        }
    }

    /** Posts the step's callback; false when a retry was queued instead of moving on. */
    private boolean post(CallbackJob job, Instant now) throws InterruptedException {
        String failure;
        try {
            int status = poster.post(job.message().statusCallback(),
                    StatusCallbackForm.of(job.message(), job.step(), now), job.idempotencyToken());
            if (status >= 200 && status < 300) {
                stats.callbacksSent.increment();
                return true;
            }
            if (status != 429 && status < 500) {
                // the receiver refused it (a bad signature, say): trying again would not change its mind
                giveUp(job, "HTTP " + status);
                return true;
            }
            failure = "HTTP " + status;
        } catch (IOException e) {
            failure = e.toString();
        }
        if (job.attempt() >= settings.maxAttempts()) {
            giveUp(job, failure);
            return true;
        }
        stats.callbacksRetried.increment();
        long backoff = settings.retryBackoff().toMillis() << Math.min(job.attempt() - 1, 10);
        enqueue(job.retry(backoff));
        return false;
    }

    private void giveUp(CallbackJob job, String failure) {
        stats.callbacksFailed.increment();
        long failed = stats.callbacksFailed.sum();
        // a receiver that is down fails thousands a second: log the first and then every thousandth
        if (failed == 1 || failed % 1000 == 0) {
            log.warn("Status callback {} for {} to {} failed after {} attempt(s): {} ({} failed so far)",
                    job.step().status().wireValue(), job.message().sid(), job.message().statusCallback(),
                    job.attempt(), failure, failed);
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < settings.concurrency(); i++) {
            workers.add(Thread.ofVirtual().name("twilio-callback-" + i).start(this::work));
        }
    }

    @Override
    public void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

package io.tendlc.campaign.tcr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Subscribes the CAMPAIGN webhook category to this platform's public endpoint once the service is ready. The PUT is
 * idempotent, so every instance does it at every start; while TCR does not answer it is tried again with backoff.
 */
@Component
class TcrWebhookSubscription implements SmartLifecycle {

    static final String CATEGORY = "CAMPAIGN";
    static final String PATH = "/webhooks/tcr/campaigns";
    private static final Logger log = LoggerFactory.getLogger(TcrWebhookSubscription.class);

    private final TcrClient tcr;
    private final String endpoint;
    private volatile Thread worker;
    private volatile boolean subscribed;

    TcrWebhookSubscription(TcrClient tcr, @Value("${campaigns.public-base-url}") String publicBaseUrl) {
        this.tcr = tcr;
        this.endpoint = publicBaseUrl.replaceAll("/+$", "") + PATH;
    }

    @EventListener(ApplicationReadyEvent.class)
    void subscribeWhenReady() {
        worker = Thread.ofVirtual().name("tcr-webhook-subscription").start(this::subscribeUntilDone);
    }

    boolean subscribed() {
        return subscribed;
    }

    private void subscribeUntilDone() {
        Duration wait = Duration.ofSeconds(1);
        while (!Thread.currentThread().isInterrupted()) {
            TcrResult<Void> result = tcr.subscribe(CATEGORY, endpoint);
            if (result instanceof TcrResult.Accepted<Void>) {
                subscribed = true;
                log.info("TCR delivers {} webhooks to {}", CATEGORY, endpoint);
                return;
            }
            log.warn("Subscribing TCR {} webhooks failed ({}); trying again in {}", CATEGORY, result, wait);
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
            wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : wait.multipliedBy(2);
        }
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        Thread t = worker;
        return t != null && t.isAlive();
    }
}

package io.tendlc.brand.tcr;

import io.tendlc.brand.config.BrandsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Points TCR's BRAND and VETTING webhooks at {@code ${brands.public-base-url}/webhooks/tcr/brands} once the service is
 * up. The subscription is an idempotent PUT, so every start repeats it; while TCR does not answer it is retried
 * with backoff in the background (the service works meanwhile; the reconciler polls what webhooks would have said).
 */
@Component
class TcrWebhookSubscription {

    static final List<String> CATEGORIES = List.of("BRAND", "VETTING");
    private static final Logger log = LoggerFactory.getLogger(TcrWebhookSubscription.class);

    private final TcrClient tcr;
    private final String endpoint;
    private final CountDownLatch closed = new CountDownLatch(1);

    TcrWebhookSubscription(TcrClient tcr, BrandsProperties properties) {
        this.tcr = tcr;
        this.endpoint = properties.publicBaseUrl() + "/webhooks/tcr/brands";
    }

    @EventListener(ApplicationReadyEvent.class)
    void subscribe() {
        Thread.ofVirtual().name("tcr-webhook-subscription").start(this::subscribeUntilDone);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        closed.countDown();
    }

    private void subscribeUntilDone() {
        Duration wait = Duration.ofSeconds(1);
        for (String category : CATEGORIES) {
            while (true) {
                try {
                    tcr.subscribe(category, endpoint);
                    log.info("TCR {} webhooks go to {}", category, endpoint);
                    break;
                } catch (RuntimeException e) {
                    log.warn("Could not subscribe to TCR {} webhooks (retrying in {}): {}", category, wait, e.getMessage());
                    try {
                        if (closed.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                            return;
                        }
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    wait = wait.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : wait.multipliedBy(2);
                }
            }
        }
    }
}

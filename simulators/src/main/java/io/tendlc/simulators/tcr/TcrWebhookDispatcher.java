package io.tendlc.simulators.tcr;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers TCR webhooks the way TCR does, imperfectly on purpose: some are delivered twice with the same
 * eventId ({@code duplicateRate}), each may wait a random extra time so a later event overtakes an earlier
 * one ({@code reorder}), and every non-2xx answer or connection error is retried with exponential backoff.
 * The endpoint is looked up at delivery time, so a receiver that subscribes late still gets what is pending.
 */
final class TcrWebhookDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TcrWebhookDispatcher.class);
    private static final int HISTORY = 2000;

    private final TcrScheduler scheduler;
    private final HttpClient http;
    private final WebhookSubscriptions subscriptions;
    private final TcrSignature signature;
    private final TcrKnobs.Holder knobs;
    private final TcrStats stats;
    private final TcrSimulatorProperties.Webhooks settings;
    private final JsonMapper json;
    private final AtomicInteger pending = new AtomicInteger();
    private final Deque<TcrWebhookEvent> history = new ArrayDeque<>();

    TcrWebhookDispatcher(TcrScheduler scheduler, HttpClient http, WebhookSubscriptions subscriptions,
                         TcrSignature signature, TcrKnobs.Holder knobs, TcrStats stats,
                         TcrSimulatorProperties.Webhooks settings, JsonMapper json) {
        this.scheduler = scheduler;
        this.http = http;
        this.subscriptions = subscriptions;
        this.signature = signature;
        this.knobs = knobs;
        this.stats = stats;
        this.settings = settings;
        this.json = json;
    }

    /** Sends the event now (plus any reordering delay), and a second time now and then. */
    void publish(TcrWebhookEvent event) {
        synchronized (history) {
            history.addLast(event);
            if (history.size() > HISTORY) {
                history.removeFirst();
            }
        }
        String body = json.writeValueAsString(event);
        TcrKnobs current = knobs.get();
        schedule(new Delivery(event, body, 1), extraDelay(current));
        if (current.duplicateRate() > 0 && ThreadLocalRandom.current().nextDouble() < current.duplicateRate()) {
            stats.webhooksDuplicated.increment();
            schedule(new Delivery(event, body, 1), extraDelay(current) + 1);
        }
    }

    /** The latest events published (up to 2000), oldest first, optionally only those of one brand or campaign. */
    List<TcrWebhookEvent> history(String brandId, String campaignId) {
        synchronized (history) {
            return history.stream()
                    .filter(event -> brandId == null || brandId.equals(event.brandId()))
                    .filter(event -> campaignId == null || campaignId.equals(event.campaignId()))
                    .toList();
        }
    }

    int pending() {
        return pending.get();
    }

    private static long extraDelay(TcrKnobs knobs) {
        if (!knobs.reorder() || knobs.reorderMaxDelay() == 0) {
            return 0;
        }
        return ThreadLocalRandom.current().nextLong(knobs.reorderMaxDelay() + 1);
    }

    private void schedule(Delivery delivery, long delayMs) {
        pending.incrementAndGet();
        // the scheduler's threads only hand over: the POST itself runs on a virtual thread of its own
        scheduler.after(delayMs, () -> Thread.ofVirtual().name("tcr-webhook").start(() -> deliver(delivery)));
    }

    private void deliver(Delivery delivery) {
        pending.decrementAndGet();
        String category = delivery.event().category();
        String endpoint = subscriptions.endpoint(category);
        if (endpoint == null) {
            stats.webhooksUnsubscribed.increment();
            log.debug("No {} subscription: {} for {} not delivered", category, delivery.event().eventType(),
                    subject(delivery.event()));
            return;
        }
        String failure;
        try {
            int status = post(endpoint, delivery.body());
            if (status >= 200 && status < 300) {
                stats.webhooksSent.increment();
                return;
            }
            failure = "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            failure = e.toString();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        if (delivery.attempt() >= settings.maxAttempts()) {
            stats.webhooksFailed.increment();
            log.warn("TCR webhook {} {} for {} to {} failed after {} attempt(s): {}", delivery.event().eventType(),
                    delivery.event().eventId(), subject(delivery.event()), endpoint, delivery.attempt(), failure);
            return;
        }
        stats.webhooksRetried.increment();
        long backoff = settings.retryBackoff().toMillis() << Math.min(delivery.attempt() - 1, 10);
        if (!scheduler.isShutdown()) {
            schedule(new Delivery(delivery.event(), delivery.body(), delivery.attempt() + 1), backoff);
        }
    }

    /** Signs at sending time, so a retry carries a fresh timestamp that receivers' 300 s window accepts. */
    private int post(String endpoint, String body) throws IOException, InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(TcrSignature.HEADER, signature.header(now, body))
                .header("User-Agent", "TCR-Webhook-Simulator/1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String subject(TcrWebhookEvent event) {
        return event.campaignId() != null ? event.campaignId() : event.brandId();
    }

    static HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Runnable::run)
                .connectTimeout(connectTimeout)
                .build();
    }

    @Override
    public void close() {
        http.shutdownNow();
    }

    private record Delivery(TcrWebhookEvent event, String body, int attempt) {
    }
}

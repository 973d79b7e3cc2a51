package io.tendlc.simulators.tcr;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Where each event category is delivered: one endpoint per category, as at TCR. */
final class WebhookSubscriptions {

    static final Set<String> CATEGORIES = Set.of("BRAND", "CAMPAIGN", "VETTING");

    /** One subscription, as {@code /webhook/subscription} takes and lists it. */
    record Subscription(String eventCategory, String webhookEndpoint) {
    }

    private final Map<String, String> endpoints = new ConcurrentHashMap<>();

    void put(String category, String endpoint) {
        endpoints.put(category, endpoint);
    }

    String endpoint(String category) {
        return endpoints.get(category);
    }

    String remove(String category) {
        return endpoints.remove(category);
    }

    List<Subscription> list() {
        return endpoints.entrySet().stream()
                .map(entry -> new Subscription(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Subscription::eventCategory))
                .toList();
    }
}

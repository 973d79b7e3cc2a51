package io.tendlc.simulators.tcr;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** TCR CSP API v2: one webhook endpoint per event category (BRAND, CAMPAIGN, VETTING). */
@RestController
@RequestMapping("/tcr/v2/webhook/subscription")
class WebhookSubscriptionController {

    private final WebhookSubscriptions subscriptions;

    WebhookSubscriptionController(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** Subscribes (or re-points) a category; idempotent. */
    @PutMapping
    WebhookSubscriptions.Subscription subscribe(@RequestBody WebhookSubscriptions.Subscription subscription) {
        String category = category(subscription.eventCategory());
        String endpoint = subscription.webhookEndpoint();
        if (BrandValidation.blank(endpoint)) {
            throw TcrApiException.badRequest(TcrError.missing("webhookEndpoint"));
        }
        try {
            URI uri = URI.create(endpoint.trim());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException invalid) {
            throw TcrApiException.badRequest(TcrError.invalid("webhookEndpoint",
                    "Invalid webhookEndpoint, expected an absolute http(s) URL"));
        }
        subscriptions.put(category, endpoint.trim());
        return new WebhookSubscriptions.Subscription(category, endpoint.trim());
    }

    @GetMapping
    List<WebhookSubscriptions.Subscription> list() {
        return subscriptions.list();
    }

    @DeleteMapping("/{eventCategory}")
    WebhookSubscriptions.Subscription unsubscribe(@PathVariable String eventCategory) {
        String category = category(eventCategory);
        String removed = subscriptions.remove(category);
        if (removed == null) {
            throw TcrApiException.notFound("eventCategory", category);
        }
        return new WebhookSubscriptions.Subscription(category, removed);
    }

    private static String category(String value) {
        if (BrandValidation.blank(value)) {
            throw TcrApiException.badRequest(TcrError.missing("eventCategory"));
        }
        String category = value.trim().toUpperCase(Locale.ROOT);
        if (!WebhookSubscriptions.CATEGORIES.contains(category)) {
            throw TcrApiException.badRequest(TcrError.invalid("eventCategory",
                    "Invalid eventCategory, expected one of " + WebhookSubscriptions.CATEGORIES));
        }
        return category;
    }
}

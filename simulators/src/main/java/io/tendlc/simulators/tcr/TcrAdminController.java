package io.tendlc.simulators.tcr;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Knobs, counters and carrier actions for tests; not a TCR API, and not behind its authentication. */
@RestController
@RequestMapping("/sim/tcr")
class TcrAdminController {

    private final TcrKnobs.Holder knobs;
    private final TcrStats stats;
    private final Brands brands;
    private final Campaigns campaigns;
    private final TcrWebhookDispatcher webhooks;

    TcrAdminController(TcrKnobs.Holder knobs, TcrStats stats, Brands brands, Campaigns campaigns,
                       TcrWebhookDispatcher webhooks) {
        this.knobs = knobs;
        this.stats = stats;
        this.brands = brands;
        this.campaigns = campaigns;
        this.webhooks = webhooks;
    }

    @GetMapping("/config")
    TcrKnobs config() {
        return knobs.get();
    }

    /** Changes the fields given and keeps the others (PUT does the same, as for the Twilio simulator). */
    @PostMapping("/config")
    TcrKnobs update(@RequestBody TcrKnobs.Update update) {
        return knobs.update(update);
    }

    @PutMapping("/config")
    TcrKnobs put(@RequestBody TcrKnobs.Update update) {
        return knobs.update(update);
    }

    /** Back to the start-up configuration. */
    @DeleteMapping("/config")
    TcrKnobs reset() {
        return knobs.reset();
    }

    @GetMapping("/stats")
    TcrStats.Snapshot stats() {
        return stats.snapshot(brands.size(), campaigns.size(), webhooks.pending());
    }

    /** The latest webhook events (up to 2000), oldest first, optionally of one brand or campaign. */
    @GetMapping("/events")
    List<TcrWebhookEvent> events(@RequestParam(required = false) String brandId,
                                 @RequestParam(required = false) String campaignId) {
        return webhooks.history(brandId, campaignId);
    }

    /**
     * A carrier changes a campaign's status after its review, e.g. {@code {"mnoId":"10035","status":"SUSPENDED"}};
     * sends MNO_CAMPAIGN_OPERATION_SUSPENDED (or _UNSUSPENDED when a suspended carrier approves again).
     */
    @PostMapping("/campaign/{campaignId}/operationStatus")
    Map<String, String> carrierDecision(@PathVariable String campaignId, @RequestBody CarrierDecision decision) {
        return new TreeMap<>(campaigns.carrierDecision(campaignId, decision.mnoId(), decision.status(),
                decision.description()).operationStatus());
    }

    record CarrierDecision(String mnoId, String status, String description) {
    }

    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException error) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(TcrApiException error) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(error.httpStatus()), error.getMessage());
    }
}

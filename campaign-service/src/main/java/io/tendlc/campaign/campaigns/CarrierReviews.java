package io.tendlc.campaign.campaigns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies TCR's campaign webhooks: each is stored once, then moves its carrier forward only (a stale or repeated
 * verdict changes nothing), and the campaign's overall status follows; every change is announced in the same
 * transaction. A webhook for a campaign whose TCR id we do not know yet waits until we do.
 */
@Component
class CarrierReviews {

    private static final Logger log = LoggerFactory.getLogger(CarrierReviews.class);

    private final TcrEvents events;
    private final Campaigns campaigns;
    private final CampaignChanges changes;

    CarrierReviews(TcrEvents events, Campaigns campaigns, CampaignChanges changes) {
        this.events = events;
        this.campaigns = campaigns;
        this.changes = changes;
    }

    /** Takes one webhook; false if it was a duplicate delivery. */
    @Transactional
    boolean receive(TcrWebhookEvent event, String payload) {
        if (event.tcrCampaignId() != null) {
            campaigns.lockTcrId(event.tcrCampaignId());
        }
        if (!events.store(event, payload)) {
            log.debug("Duplicate TCR webhook {}", event);
            return false;
        }
        if (event.tcrCampaignId() == null) {
            events.markApplied(event.eventId(), null, null);
            return true;
        }
        campaigns.lockByTcrId(event.tcrCampaignId()).ifPresent(c -> apply(c, event));
        return true;
    }

    /** Applies the webhooks that arrived before TCR's id was recorded (in the transaction that records it). */
    @Transactional(propagation = Propagation.MANDATORY)
    Campaign applyEarlyWebhooks(Campaign campaign) {
        Campaign c = campaign;
        for (TcrWebhookEvent event : events.unapplied(c.tcrCampaignId())) {
            c = apply(c, event);
        }
        return c;
    }

    /** Applies TCR's operation status (MNO id → status) to a campaign carriers have been reviewing for long. */
    @Transactional
    void reconcile(UUID campaignId, Map<String, String> operationStatus) {
        campaigns.lockById(campaignId).ifPresent(campaign -> {
            Campaign c = campaign;
            for (Map.Entry<String, String> e : operationStatus.entrySet()) {
                Optional<Carrier> carrier = Carrier.byMnoId(e.getKey());
                Optional<CarrierStatus> status = CarrierStatus.fromOperationStatus(e.getValue());
                if (carrier.isPresent() && status.isPresent()) {
                    Optional<Campaign.Changed> change = c.carrierPolled(carrier.get(), status.get(), Times.now());
                    if (change.isPresent()) {
                        log.info("Campaign {}: {} {} found by polling TCR", c.id(), carrier.get(), status.get());
                        c = changes.save(change.get());
                    }
                }
            }
        });
    }

    private Campaign apply(Campaign c, TcrWebhookEvent event) {
        events.markApplied(event.eventId(), c.id(), c.organizationId());
        Optional<Campaign.Changed> change = Optional.empty();
        if ("CAMPAIGN_EXPIRED".equals(event.eventType())) {
            change = c.expired(Times.now());
        } else {
            Optional<CarrierStatus> verdict = CarrierStatus.fromWebhook(event.eventType());
            Optional<Carrier> carrier = Carrier.byMnoId(event.mnoId());
            if (verdict.isPresent() && carrier.isPresent()) {
                change = c.carrierReviewed(carrier.get(), verdict.get(), event.description(), event.occurredAt(),
                        Times.now());
            } else if (verdict.isPresent()) {
                log.warn("TCR webhook {} names an unknown carrier", event);
            }
        }
        if (change.isEmpty()) {
            return c;
        }
        return changes.save(change.get());
    }
}

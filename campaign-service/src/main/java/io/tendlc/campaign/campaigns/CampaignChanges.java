package io.tendlc.campaign.campaigns;

import io.tendlc.platform.events.EventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Saves a campaign's transition and publishes what it announces, in the caller's transaction (outbox). */
@Component
class CampaignChanges {

    private final Campaigns campaigns;
    private final EventPublisher events;

    CampaignChanges(Campaigns campaigns, EventPublisher events) {
        this.campaigns = campaigns;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Campaign save(Campaign.Changed change) {
        Campaign c = change.campaign();
        campaigns.save(c);
        announce(change);
        return c;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void announce(Campaign.Changed change) {
        if (change.event() != null) {
            Campaign c = change.campaign();
            events.publish(change.event(), c.organizationId(), c.id().toString(), c.changed());
        }
    }
}

package io.tendlc.campaign.campaigns;

import io.tendlc.campaign.tcr.TcrClient;
import io.tendlc.campaign.tcr.TcrResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Webhooks can be lost (TCR retries only so long; the gateway may have been down). A campaign carriers have been
 * reviewing for longer than {@code campaigns.reconcile.pending-after} is polled at TCR ({@code operationStatus}) and
 * the reviews TCR reports as ended are applied like webhooks would have been.
 */
@Component
class CampaignReconciler {

    private static final Logger log = LoggerFactory.getLogger(CampaignReconciler.class);
    private static final int BATCH = 50;

    private final Campaigns campaigns;
    private final TcrClient tcr;
    private final CarrierReviews reviews;
    private final TransactionTemplate tx;
    private final Duration pendingAfter;

    CampaignReconciler(Campaigns campaigns, TcrClient tcr, CarrierReviews reviews, TransactionTemplate tx,
                       @Value("${campaigns.reconcile.pending-after}") Duration pendingAfter) {
        this.campaigns = campaigns;
        this.tcr = tcr;
        this.reviews = reviews;
        this.tx = tx;
        this.pendingAfter = pendingAfter;
    }

    @Scheduled(fixedDelayString = "${campaigns.reconcile.interval}", initialDelayString = "${campaigns.reconcile.interval}")
    void reconcile() {
        List<UUID> pending = tx.execute(s -> campaigns.claimLongPending(pendingAfter, BATCH));
        if (pending == null) {
            return;
        }
        for (UUID id : pending) {
            campaigns.findById(id).filter(c -> c.tcrCampaignId() != null).ifPresent(c -> {
                switch (tcr.operationStatus(c.tcrCampaignId())) {
                    case TcrResult.Accepted<java.util.Map<String, String>> a when a.value() != null ->
                            reviews.reconcile(c.id(), a.value());
                    case TcrResult.Accepted<java.util.Map<String, String>> a -> { }
                    case TcrResult.Refused<java.util.Map<String, String>> r ->
                            log.warn("TCR refused the operation status of campaign {}: {}", c.id(), r.errors());
                    case TcrResult.Unavailable<java.util.Map<String, String>> u ->
                            log.info("Reconciling campaign {} later: {}", c.id(), u.reason());
                }
            });
        }
    }
}

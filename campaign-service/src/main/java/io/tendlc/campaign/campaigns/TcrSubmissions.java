package io.tendlc.campaign.campaigns;

import io.tendlc.campaign.brands.Brand;
import io.tendlc.campaign.brands.Brands;
import io.tendlc.campaign.tcr.TcrCampaign;
import io.tendlc.campaign.tcr.TcrCampaignRequest;
import io.tendlc.campaign.tcr.TcrClient;
import io.tendlc.campaign.tcr.TcrError;
import io.tendlc.campaign.tcr.TcrResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Tells TCR what it still has to know about a campaign (register, edit, deactivate). The campaign is stored first;
 * the request that changed it tries at once, and whatever TCR could not take then (down, circuit open) is tried
 * again by a job with backoff — nothing is lost, and a restart resumes where it stopped.
 */
@Component
class TcrSubmissions {

    private static final Logger log = LoggerFactory.getLogger(TcrSubmissions.class);
    private static final int BATCH = 20;

    private final Campaigns campaigns;
    private final Brands brands;
    private final TcrClient tcr;
    private final CampaignChanges changes;
    private final CarrierReviews reviews;
    private final TransactionTemplate tx;
    private final SubmissionProperties properties;

    TcrSubmissions(Campaigns campaigns, Brands brands, TcrClient tcr, CampaignChanges changes, CarrierReviews reviews,
                   TransactionTemplate tx, SubmissionProperties properties) {
        this.campaigns = campaigns;
        this.brands = brands;
        this.tcr = tcr;
        this.changes = changes;
        this.reviews = reviews;
        this.tx = tx;
        this.properties = properties;
    }

    /** What became of telling TCR. */
    sealed interface Outcome {
        record Done() implements Outcome {
        }

        record Refused(List<TcrError> errors) implements Outcome {
        }

        record Later(String reason) implements Outcome {
        }
    }

    @Scheduled(fixedDelayString = "${campaigns.submission.interval}", initialDelayString = "${campaigns.submission.interval}")
    void sendDue() {
        List<UUID> due;
        do {
            due = tx.execute(s -> campaigns.claimDueTcrOperations(BATCH, properties.lease()));
            if (due == null) {
                return;
            }
            for (UUID id : due) {
                try {
                    send(id);
                } catch (RuntimeException e) {
                    log.warn("Telling TCR about campaign {} failed: {}", id, e.toString());
                }
            }
        } while (due.size() == BATCH);
    }

    /** Tells TCR the campaign's pending operation now and records the answer. */
    Outcome send(UUID campaignId) {
        Campaign c = campaigns.findById(campaignId).orElse(null);
        if (c == null || c.tcrOperation() == null) {
            return new Outcome.Done();
        }
        TcrOperation operation = c.tcrOperation();
        int version = c.contentVersion();
        TcrResult<?> result = switch (operation) {
            case CREATE -> request(c, false).map(tcr::createCampaign).orElseGet(() -> refusedLocally(c));
            case UPDATE -> request(c, true).map(r -> tcr.updateCampaign(c.tcrCampaignId(), r))
                    .orElseGet(() -> refusedLocally(c));
            case DELETE -> tcr.deleteCampaign(c.tcrCampaignId());
        };
        return tx.execute(s -> record(c, operation, version, result));
    }

    private Outcome record(Campaign sent, TcrOperation operation, int version, TcrResult<?> result) {
        if (result instanceof TcrResult.Accepted<?> accepted && operation == TcrOperation.CREATE) {
            String tcrId = accepted.value() instanceof TcrCampaign t ? t.campaignId() : null;
            if (tcrId == null || tcrId.isBlank()) {
                return later(sent.id(), sent.tcrAttempts() + 1, "TCR's answer had no campaignId");
            }
            campaigns.lockTcrId(tcrId);
        }
        Campaign c = campaigns.lockById(sent.id()).orElse(null);
        if (c == null) {
            return new Outcome.Done();
        }
        Outcome outcome;
        switch (result) {
            case TcrResult.Accepted<?> accepted -> {
                if (operation == TcrOperation.CREATE) {
                    TcrCampaign registered = (TcrCampaign) accepted.value();
                    log.info("Campaign {} registered at TCR as {}", c.id(), registered.campaignId());
                    Campaign saved = changes.save(c.registeredAtTcr(registered.campaignId(), version, Times.now()));
                    c = reviews.applyEarlyWebhooks(saved);
                } else {
                    c = changes.save(c.tcrTook(operation, version, Times.now()));
                }
                outcome = new Outcome.Done();
            }
            case TcrResult.Refused<?> refused -> {
                log.info("TCR refused {} of campaign {}: {}", operation, c.id(), refused.errors());
                c = changes.save(c.refusedByTcr(operation, version, refused.errors(), Times.now()));
                outcome = new Outcome.Refused(refused.errors());
            }
            case TcrResult.Unavailable<?> unavailable -> {
                return later(c.id(), c.tcrAttempts() + 1, unavailable.reason());
            }
        }
        if (c.tcrOperation() != null) { // more to tell (an edit arrived meanwhile): at once
            campaigns.scheduleTcrAttempt(c.id(), Times.now(), c.tcrAttempts(), c.tcrLastError());
        }
        return outcome;
    }

    private Outcome later(UUID id, int attempts, String reason) {
        campaigns.scheduleTcrAttempt(id, Times.now().plus(properties.backoff(attempts)), attempts, reason);
        log.info("Campaign {}: TCR unavailable ({}), attempt {} - trying again later", id, reason, attempts);
        return new Outcome.Later(reason);
    }

    /** The campaign in TCR's words, with its brand's TCR id (empty if the brand is no longer known). */
    private java.util.Optional<TcrCampaignRequest> request(Campaign c, boolean edit) {
        return brands.find(c.organizationId(), c.brandId()).filter(b -> b.tcrBrandId() != null)
                .map(brand -> toTcr(c, brand, edit));
    }

    private static TcrResult<TcrCampaign> refusedLocally(Campaign c) {
        return new TcrResult.Refused<>(400, List.of(new TcrError(null, "brandId",
                "the brand " + c.brandId() + " is not registered at TCR")));
    }

    /** The campaign in TCR's words; for an edit ({@code PUT}, merged by TCR) cleared fields are sent empty. */
    static TcrCampaignRequest toTcr(Campaign c, Brand brand, boolean edit) {
        CampaignForm f = c.content().normalized();
        java.util.function.UnaryOperator<String> cleared = s -> s == null && edit ? "" : s;
        List<String> samples = f.samples();
        java.util.function.IntFunction<String> sample = i -> cleared.apply(i < samples.size() ? samples.get(i) : null);
        return new TcrCampaignRequest(brand.tcrBrandId(), f.usecase(), f.subUsecases(), f.description(),
                f.messageFlow(), sample.apply(0), sample.apply(1), sample.apply(2), sample.apply(3), sample.apply(4),
                cleared.apply(f.helpMessage()), cleared.apply(f.optinMessage()), cleared.apply(f.optoutMessage()),
                cleared.apply(keywords(f.helpKeywords())), cleared.apply(keywords(f.optinKeywords())),
                cleared.apply(keywords(f.optoutKeywords())), f.subscriberOptin(), f.subscriberOptout(),
                f.subscriberHelp(), f.embeddedLink(), cleared.apply(f.embeddedLinkSample()), f.embeddedPhone(),
                f.numberPool(), f.ageGated(), f.directLending(), f.affiliateMarketing(),
                cleared.apply(f.privacyPolicyLink()), cleared.apply(f.termsAndConditionsLink()), f.autoRenewal(),
                c.id().toString());
    }

    private static String keywords(List<String> keywords) {
        return keywords.isEmpty() ? null : String.join(",", keywords);
    }
}

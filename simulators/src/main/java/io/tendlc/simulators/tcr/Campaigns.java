package io.tendlc.simulators.tcr;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The campaigns and their asynchronous per-carrier review: after {@code reviewDelay} AT&T decides, T-Mobile a
 * quarter of the delay later and Verizon half of it later, each with an MNO_CAMPAIGN_OPERATION_* webhook.
 */
final class Campaigns {

    private static final Logger log = LoggerFactory.getLogger(Campaigns.class);

    private final Map<String, SimCampaign> campaigns = new ConcurrentHashMap<>();
    private final Brands brands;
    private final TcrScheduler scheduler;
    private final TcrWebhookDispatcher webhooks;
    private final TcrKnobs.Holder knobs;
    private final TcrStats stats;

    Campaigns(Brands brands, TcrScheduler scheduler, TcrWebhookDispatcher webhooks, TcrKnobs.Holder knobs,
              TcrStats stats) {
        this.brands = brands;
        this.scheduler = scheduler;
        this.webhooks = webhooks;
        this.knobs = knobs;
        this.stats = stats;
    }

    SimCampaign create(CampaignRequest request) {
        if (BrandValidation.blank(request.brandId())) {
            throw rejected(List.of(TcrError.missing("brandId")));
        }
        SimBrand brand;
        try {
            brand = brands.get(request.brandId());
        } catch (TcrApiException unknown) {
            throw rejected(List.of(TcrError.invalid("brandId", "Brand " + request.brandId() + " not found")));
        }
        if (!brand.verified()) {
            throw rejected(List.of(new TcrError(TcrError.INVALID_STATE, "brandId", "Brand " + brand.brandId()
                    + " identity status is " + brand.identityStatus() + "; a campaign needs VERIFIED or "
                    + "VETTED_VERIFIED")));
        }
        rejectIfInvalid(CampaignValidation.check(request, brand));
        Instant now = Instant.now();
        SimCampaign campaign;
        do {
            campaign = new SimCampaign(TcrIds.next('C', campaigns), request, now);
        } while (campaigns.putIfAbsent(campaign.campaignId(), campaign) != null);
        stats.campaignsCreated.increment();
        log.info("TCR campaign {} created for brand {} ({})", campaign.campaignId(), brand.brandId(),
                request.usecase());
        long round = campaign.startReview(request, now);
        webhooks.publish(TcrWebhookEvent.of("CAMPAIGN_ADD", brand.brandId(), campaign.campaignId(), null, null, null,
                null, "Campaign added", now));
        scheduleReview(campaign, round);
        return campaign;
    }

    SimCampaign get(String campaignId) {
        SimCampaign campaign = campaigns.get(campaignId);
        if (campaign == null) {
            throw TcrApiException.notFound("campaignId", campaignId);
        }
        return campaign;
    }

    /** Edits the fields given (none: resubmits as is) and sends the campaign to every carrier again. */
    SimCampaign resubmit(String campaignId, CampaignRequest edit) {
        SimCampaign campaign = get(campaignId);
        if (!campaign.active()) {
            throw rejected(List.of(new TcrError(TcrError.INVALID_STATE, "campaignId",
                    "Campaign " + campaignId + " is EXPIRED")));
        }
        CampaignRequest merged = edit == null ? campaign.fields() : campaign.fields().mergedWith(edit);
        rejectIfInvalid(CampaignValidation.check(merged, brands.get(campaign.brandId())));
        Instant now = Instant.now();
        long round = campaign.startReview(merged, now);
        webhooks.publish(TcrWebhookEvent.of("CAMPAIGN_RESUBMISSION", campaign.brandId(), campaignId, null, null, null,
                null, "Campaign resubmitted for carrier review", now));
        scheduleReview(campaign, round);
        return campaign;
    }

    /** Deactivates: the campaign is EXPIRED from now on, and a CAMPAIGN_EXPIRED webhook says so. */
    SimCampaign deactivate(String campaignId) {
        SimCampaign campaign = get(campaignId);
        Instant now = Instant.now();
        if (campaign.deactivate(now)) {
            log.info("TCR campaign {} deactivated", campaignId);
            webhooks.publish(TcrWebhookEvent.of("CAMPAIGN_EXPIRED", campaign.brandId(), campaignId, null, null, null,
                    null, "Campaign deactivated", now));
        }
        return campaign;
    }

    /** A carrier changes its mind outside a review (SUSPENDED, or APPROVED again: UNSUSPENDED). */
    SimCampaign carrierDecision(String campaignId, String mnoId, String status, String description) {
        SimCampaign campaign = get(campaignId);
        if (!Carrier.isKnown(mnoId)) {
            throw new IllegalArgumentException("unknown mnoId " + mnoId + "; known: " + Carrier.ids());
        }
        String wanted = status == null ? "" : status.toUpperCase(Locale.ROOT);
        if (!TcrKnobs.CARRIER_STATUSES.contains(wanted)) {
            throw new IllegalArgumentException("status must be one of " + TcrKnobs.CARRIER_STATUSES);
        }
        Carrier carrier = Carrier.of(mnoId);
        String before = campaign.operationStatus().get(mnoId);
        Instant now = Instant.now();
        if (!campaign.override(carrier, wanted, now)) {
            throw new IllegalArgumentException("campaign " + campaignId + " is EXPIRED");
        }
        String eventType = "SUSPENDED".equals(before) && "APPROVED".equals(wanted)
                ? "MNO_CAMPAIGN_OPERATION_UNSUSPENDED" : "MNO_CAMPAIGN_OPERATION_" + wanted;
        webhooks.publish(TcrWebhookEvent.of(eventType, campaign.brandId(), campaignId, mnoId, null, null, null,
                description != null ? description : carrier.displayName() + ": " + wanted, now));
        return campaign;
    }

    boolean brandHasActiveCampaign(String brandId) {
        return campaigns.values().stream().anyMatch(campaign -> campaign.brandId().equals(brandId)
                && campaign.active());
    }

    int size() {
        return campaigns.size();
    }

    private void scheduleReview(SimCampaign campaign, long round) {
        long delay = knobs.get().reviewDelay();
        long[] offsets = {0, delay / 4, delay / 2};
        Carrier[] carriers = Carrier.values();
        for (int i = 0; i < carriers.length; i++) {
            Carrier carrier = carriers[i];
            scheduler.after(delay + offsets[i], () -> review(campaign, round, carrier));
        }
    }

    private void review(SimCampaign campaign, long round, Carrier carrier) {
        CarrierReview.Decision decision = CarrierReview.decide(campaign.fields(), carrier, knobs.get());
        Instant now = Instant.now();
        if (!campaign.decide(round, carrier, decision.status(), now)) {
            return;
        }
        log.info("TCR campaign {} {} {}", campaign.campaignId(), carrier.displayName(), decision.status());
        webhooks.publish(TcrWebhookEvent.of("MNO_CAMPAIGN_OPERATION_" + decision.status(), campaign.brandId(),
                campaign.campaignId(), carrier.mnoId(), null, null, null,
                decision.reason() != null ? decision.reason() : carrier.displayName() + ": " + decision.status(),
                now));
    }

    private void rejectIfInvalid(List<TcrError> errors) {
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
    }

    private TcrApiException rejected(List<TcrError> errors) {
        stats.rejected.increment();
        return TcrApiException.badRequest(errors);
    }
}

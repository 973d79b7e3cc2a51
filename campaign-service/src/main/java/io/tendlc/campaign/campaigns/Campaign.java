package io.tendlc.campaign.campaigns;

import io.tendlc.campaign.tcr.TcrError;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.registry.CampaignChanged;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A 10DLC campaign: its content, TCR's id, each carrier's review and the overall status derived from them, its
 * throughput limits, and what TCR still has to be told. Every transition returns the campaign after it and the event
 * it announces; the caller saves and publishes both in one transaction.
 */
record Campaign(UUID id, UUID organizationId, UUID brandId, String tcrCampaignId, CampaignForm content,
                int contentVersion, CampaignStatus status, String statusReason, Map<Carrier, CarrierState> carriers,
                Limits limits, TcrOperation tcrOperation, int tcrAttempts, String tcrLastError, Instant createdAt,
                Instant updatedAt) {

    Campaign {
        carriers = carriers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(carriers));
    }

    /** A change and what it announces ({@code event} null: nothing others need to know). */
    record Changed(Campaign campaign, EventType<CampaignChanged> event) {
    }

    static Changed create(UUID id, UUID organizationId, CampaignForm content, Limits limits, Instant now) {
        Campaign c = new Campaign(id, organizationId, content.brandId(), null, content, 1, CampaignStatus.PENDING, null,
                Map.of(), limits, TcrOperation.CREATE, 0, null, now, now);
        return new Changed(c, EventTypes.CAMPAIGN_CREATED);
    }

    String usecase() {
        return content.usecase();
    }

    /** TCR registered the campaign: every carrier reviews it now. */
    Changed registeredAtTcr(String tcrId, int submittedVersion, Instant now) {
        if (status == CampaignStatus.DELETED) { // deactivated while TCR was registering it: deactivate it there too
            return new Changed(with(tcrId, status, statusReason, carriers, TcrOperation.DELETE, now), null);
        }
        TcrOperation next = submittedVersion == contentVersion ? null : TcrOperation.UPDATE;
        return new Changed(with(tcrId, CampaignStatus.PENDING, null, allInReview(null, now), next, now),
                EventTypes.CAMPAIGN_UPDATED);
    }

    /** TCR took an edit or a deactivation. */
    Changed tcrTook(TcrOperation operation, int submittedVersion, Instant now) {
        boolean settled = operation == tcrOperation
                && (operation == TcrOperation.DELETE || submittedVersion == contentVersion);
        return new Changed(with(tcrCampaignId, status, statusReason, carriers, settled ? null : tcrOperation, now), null);
    }

    /** TCR refused the submission (4xx): rejected with TCR's reasons, until edited. */
    Changed refusedByTcr(TcrOperation operation, int submittedVersion, List<TcrError> errors, Instant now) {
        if (operation == TcrOperation.DELETE || status == CampaignStatus.DELETED) {
            return new Changed(with(tcrCampaignId, status, statusReason, carriers, null, now), null);
        }
        if (submittedVersion != contentVersion) {
            return new Changed(this, null); // refused an older version; the newer one is still to be sent
        }
        String reason = "TCR refused the campaign: "
                + errors.stream().map(TcrError::toString).collect(Collectors.joining("; "));
        return new Changed(with(tcrCampaignId, CampaignStatus.REJECTED, reason, carriers, null, now),
                CampaignStatus.REJECTED.announcedFrom(status));
    }

    /** A carrier's verdict from a webhook, applied only if it is newer than what the carrier said before. */
    Optional<Changed> carrierReviewed(Carrier carrier, CarrierStatus verdict, String reason, Instant at, Instant now) {
        if (status.ended() || tcrCampaignId == null) {
            return Optional.empty();
        }
        CarrierState current = carriers.getOrDefault(carrier, CarrierState.inReview(null, now));
        return current.after(verdict, reason, at, now).map(next -> withCarrier(carrier, next, now));
    }

    /** A carrier's verdict from polling TCR: only ends a review that webhooks never ended. */
    Optional<Changed> carrierPolled(Carrier carrier, CarrierStatus polled, Instant now) {
        if (status.ended() || tcrCampaignId == null || tcrOperation != null) {
            return Optional.empty();
        }
        CarrierState current = carriers.getOrDefault(carrier, CarrierState.inReview(null, now));
        return current.afterPoll(polled, now).map(next -> withCarrier(carrier, next, now));
    }

    /** TCR expired the campaign (CAMPAIGN_EXPIRED: not renewed, or deactivated at TCR). */
    Optional<Changed> expired(Instant now) {
        if (status.ended()) {
            return Optional.empty();
        }
        return Optional.of(new Changed(with(tcrCampaignId, CampaignStatus.EXPIRED, "expired at TCR", carriers,
                tcrOperation == TcrOperation.DELETE ? null : tcrOperation, now), EventTypes.CAMPAIGN_EXPIRED));
    }

    /** Edited (or resubmitted as it is): back to review at every carrier; TCR is told by a PUT (or the first POST). */
    Changed resubmitted(CampaignForm newContent, Limits newLimits, Instant now) {
        boolean atTcr = tcrCampaignId != null;
        Campaign c = new Campaign(id, organizationId, brandId, tcrCampaignId, newContent, contentVersion + 1,
                CampaignStatus.PENDING, null, atTcr ? allInReview(now, now) : Map.of(), newLimits,
                atTcr ? TcrOperation.UPDATE : TcrOperation.CREATE, 0, null, createdAt, now);
        return new Changed(c, CampaignStatus.PENDING.announcedFrom(status));
    }

    /** Deactivated by its organization: out of service at once; TCR is told by a DELETE (if it knows it). */
    Changed deactivated(Instant now) {
        Campaign c = new Campaign(id, organizationId, brandId, tcrCampaignId, content, contentVersion,
                CampaignStatus.DELETED, "deactivated", carriers, limits, tcrCampaignId == null ? null : TcrOperation.DELETE,
                0, null, createdAt, now);
        return new Changed(c, EventTypes.CAMPAIGN_DELETED);
    }

    Optional<Changed> limitsChanged(Limits newLimits, Instant now) {
        if (status.ended() || newLimits.equals(limits)) {
            return Optional.empty();
        }
        return Optional.of(new Changed(new Campaign(id, organizationId, brandId, tcrCampaignId, content,
                contentVersion, status, statusReason, carriers, newLimits, tcrOperation, tcrAttempts, tcrLastError,
                createdAt, now), EventTypes.CAMPAIGN_UPDATED));
    }

    CampaignChanged changed() {
        Map<String, String> statuses = new java.util.TreeMap<>();
        carriers.forEach((carrier, state) -> statuses.put(carrier.name(), state.status().name()));
        return new CampaignChanged(id, organizationId, brandId, tcrCampaignId, usecase(), status.name(), statuses,
                limits.attMessagesPerMinute(), limits.tmobileDailySegments(), statusReason, updatedAt,
                content.helpMessage(), content.optoutMessage(), content.optinMessage());
    }

    private Changed withCarrier(Carrier carrier, CarrierState next, Instant now) {
        Map<Carrier, CarrierState> all = new EnumMap<>(Carrier.class);
        all.putAll(carriers);
        all.put(carrier, next);
        CampaignStatus derived = CampaignStatus.of(all);
        return new Changed(with(tcrCampaignId, derived, reasonFor(derived, all), all, tcrOperation, now),
                derived.announcedFrom(status));
    }

    /** Why the carriers refused or suspended it, in their words. */
    private static String reasonFor(CampaignStatus status, Map<Carrier, CarrierState> carriers) {
        CarrierStatus which = switch (status) {
            case REJECTED -> CarrierStatus.REJECTED;
            case SUSPENDED -> CarrierStatus.SUSPENDED;
            default -> null;
        };
        if (which == null) {
            return null;
        }
        return carriers.entrySet().stream().filter(e -> e.getValue().status() == which)
                .map(e -> e.getKey().displayName() + ": " + (e.getValue().reason() == null
                        ? which.name().toLowerCase(java.util.Locale.ROOT) : e.getValue().reason()))
                .collect(Collectors.joining("; "));
    }

    private static Map<Carrier, CarrierState> allInReview(Instant eventAt, Instant now) {
        Map<Carrier, CarrierState> all = new EnumMap<>(Carrier.class);
        for (Carrier carrier : Carrier.values()) {
            all.put(carrier, CarrierState.inReview(eventAt, now));
        }
        return all;
    }

    private Campaign with(String tcrId, CampaignStatus newStatus, String reason, Map<Carrier, CarrierState> newCarriers,
                          TcrOperation operation, Instant now) {
        boolean operationChanged = operation != tcrOperation;
        return new Campaign(id, organizationId, brandId, tcrId, content, contentVersion, newStatus, reason, newCarriers,
                limits, operation, operationChanged ? 0 : tcrAttempts, operationChanged ? null : tcrLastError,
                createdAt, now);
    }
}

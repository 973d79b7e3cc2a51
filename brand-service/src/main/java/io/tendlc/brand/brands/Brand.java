package io.tendlc.brand.brands;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A brand: what the organization submitted and what TCR made of it. It guards its own transitions: TCR's
 * observations apply forward-only (by TCR's time, then by rank), so a late or repeated webhook never moves a brand
 * backwards.
 */
public record Brand(UUID id, UUID organizationId, BrandDetails details, String tcrBrandId,
                    IdentityStatus identityStatus, Instant identityObservedAt, String vettingId, String vettingStatus,
                    Integer vettingScore, Instant vettingObservedAt, String throughputTier, BrandStatus status,
                    String statusReason, Instant statusChangedAt, String syncError, Instant submittedAt,
                    Instant polledAt, Instant createdAt, Instant updatedAt, Instant deletedAt,
                    List<Operation> pendingOperations) {

    public Brand {
        pendingOperations = pendingOperations == null ? List.of() : List.copyOf(pendingOperations);
    }

    static Brand create(UUID id, UUID organizationId, BrandDetails details, String throughputTier, Instant now) {
        return new Brand(id, organizationId, details, null, null, null, null, null, null, null, throughputTier,
                BrandStatus.PENDING, null, now, null, null, null, now, now, null, List.of());
    }

    public boolean isDeleted() {
        return status == BrandStatus.DELETED;
    }

    Brand withDetails(BrandDetails newDetails, Instant now) {
        return with(now, d -> d.details = newDetails);
    }

    Brand withThroughputTier(String tier) {
        return Objects.equals(tier, throughputTier) ? this : with(updatedAt, d -> d.throughputTier = tier);
    }

    /** TCR took the brand under this id; its identity is self-declared until verified. */
    Brand registeredAs(String tcrId, Instant now) {
        return with(now, d -> {
            d.tcrBrandId = tcrId;
            d.identityStatus = identityStatus == null ? IdentityStatus.SELF_DECLARED : identityStatus;
            d.submittedAt = now;
            d.syncError = null;
        });
    }

    /** TCR refused the registration outright (found by the retry job, after the request had returned). */
    Brand registrationRefused(String reason, Instant now) {
        return with(now, d -> {
            d.syncError = reason;
            d.status = BrandStatus.REJECTED;
            d.statusReason = reason;
            d.statusChangedAt = now;
        });
    }

    /** TCR re-verifies the brand (after an edit or a resubmission): pending again until it says how it went. */
    Brand awaitingVerification(Instant now) {
        return with(now, d -> {
            d.status = BrandStatus.PENDING;
            d.statusReason = null;
            d.statusChangedAt = now;
            d.submittedAt = now;
            d.syncError = null;
        });
    }

    /** A submission TCR took (an edit, a vetting order...) without changing the brand's status. */
    Brand submitted(Instant now) {
        return with(now, d -> {
            d.submittedAt = now;
            d.syncError = null;
        });
    }

    /** A submission the retry job made was refused by TCR: the organization must act. */
    Brand syncRefused(String reason, Instant now) {
        return with(now, d -> d.syncError = reason);
    }

    Brand vettingOrdered(String id, String vettingStatusNow, Instant now) {
        return with(now, d -> {
            d.vettingId = id == null ? vettingId : id;
            d.vettingStatus = vettingStatusNow == null ? "PENDING" : vettingStatusNow;
            d.submittedAt = now;
            d.syncError = null;
        });
    }

    Brand deleted(Instant now) {
        return with(now, d -> {
            d.status = BrandStatus.DELETED;
            d.statusReason = null;
            d.statusChangedAt = now;
            d.deletedAt = now;
        });
    }

    Brand polled(Instant now) {
        return with(updatedAt, d -> d.polledAt = now);
    }

    /**
     * TCR says the identity is {@code observed} as of {@code at}. Applied when newer than what the brand shows, or
     * as new and ranked higher; otherwise empty (stale). The status follows the identity.
     */
    Optional<Brand> identityObserved(IdentityStatus observed, String reason, Instant at, Instant now) {
        if (isDeleted() || observed == null) {
            return Optional.empty();
        }
        if (identityObservedAt != null && (at.isBefore(identityObservedAt)
                || at.equals(identityObservedAt) && (identityStatus == null || observed.rank() <= identityStatus.rank()))) {
            return Optional.empty();
        }
        BrandStatus next = status == BrandStatus.SUSPENDED ? status : observed.brandStatus();
        String nextReason = next == BrandStatus.REJECTED ? (reason == null || reason.isBlank()
                ? "TCR could not verify the brand's identity" : reason.strip()) : null;
        return Optional.of(with(now, d -> {
            d.identityStatus = observed;
            d.identityObservedAt = at;
            d.status = next;
            d.statusReason = next == BrandStatus.SUSPENDED ? statusReason : nextReason;
            if (next != status) {
                d.statusChangedAt = now;
            }
        }));
    }

    /** TCR scored (or re-scored) the brand's vetting as of {@code at}; forward-only like the identity. */
    Optional<Brand> vettingObserved(Integer score, String observedStatus, Instant at, Instant now) {
        if (isDeleted() || score == null && observedStatus == null) {
            return Optional.empty();
        }
        if (vettingObservedAt != null && !at.isAfter(vettingObservedAt)) {
            return Optional.empty();
        }
        return Optional.of(with(now, d -> {
            d.vettingScore = score == null ? vettingScore : score;
            d.vettingStatus = observedStatus == null ? (score == null ? vettingStatus : "ACTIVE") : observedStatus;
            d.vettingObservedAt = at;
        }));
    }

    /** Whether consumers of {@code registry.brands} would see a difference. */
    boolean announcesDifferently(Brand other) {
        return other == null || !Objects.equals(tcrBrandId, other.tcrBrandId)
                || !Objects.equals(details.displayName(), other.details.displayName())
                || !Objects.equals(details.companyName(), other.details.companyName())
                || !Objects.equals(details.entityType(), other.details.entityType())
                || identityStatus != other.identityStatus || !Objects.equals(vettingScore, other.vettingScore)
                || status != other.status || !Objects.equals(statusReason, other.statusReason);
    }

    private Brand with(Instant now, Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new Brand(id, organizationId, d.details, d.tcrBrandId, d.identityStatus, d.identityObservedAt,
                d.vettingId, d.vettingStatus, d.vettingScore, d.vettingObservedAt, d.throughputTier, d.status,
                d.statusReason, d.statusChangedAt, d.syncError, d.submittedAt, d.polledAt, createdAt, now,
                d.deletedAt, pendingOperations);
    }

    /** The mutable copy a transition edits. */
    private static final class Draft {
        BrandDetails details;
        String tcrBrandId;
        IdentityStatus identityStatus;
        Instant identityObservedAt;
        String vettingId;
        String vettingStatus;
        Integer vettingScore;
        Instant vettingObservedAt;
        String throughputTier;
        BrandStatus status;
        String statusReason;
        Instant statusChangedAt;
        String syncError;
        Instant submittedAt;
        Instant polledAt;
        Instant deletedAt;

        Draft(Brand b) {
            details = b.details;
            tcrBrandId = b.tcrBrandId;
            identityStatus = b.identityStatus;
            identityObservedAt = b.identityObservedAt;
            vettingId = b.vettingId;
            vettingStatus = b.vettingStatus;
            vettingScore = b.vettingScore;
            vettingObservedAt = b.vettingObservedAt;
            throughputTier = b.throughputTier;
            status = b.status;
            statusReason = b.statusReason;
            statusChangedAt = b.statusChangedAt;
            syncError = b.syncError;
            submittedAt = b.submittedAt;
            polledAt = b.polledAt;
            deletedAt = b.deletedAt;
        }
    }
}

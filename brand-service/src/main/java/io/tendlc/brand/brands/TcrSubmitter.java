package io.tendlc.brand.brands;

import io.tendlc.brand.config.BrandsProperties;
import io.tendlc.brand.tcr.TcrBrand;
import io.tendlc.brand.tcr.TcrClient;
import io.tendlc.brand.tcr.TcrRejected;
import io.tendlc.brand.tcr.TcrUnavailable;
import io.tendlc.brand.tcr.TcrVetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Makes one owed TCR call for a brand (see {@link Submissions}) and records what came of it: the call runs outside
 * any transaction, its result is saved in one. Requests use it right after recording the call as owed; the
 * {@link SubmissionJob} uses it for whatever is still owed.
 */
@Component
class TcrSubmitter {

    /** What came of an attempt. */
    sealed interface Outcome {
        record Done() implements Outcome {
        }

        /** TCR refused: nothing was saved; the caller decides (answer 422, or record the refusal). */
        record Refused(TcrRejected rejection) implements Outcome {
        }

        /** TCR is not reachable: the call stays owed, with backoff. */
        record Unavailable(String reason) implements Outcome {
        }

        /** Nothing to do (the brand is gone, or the call is no longer owed). */
        record Skipped() implements Outcome {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TcrSubmitter.class);

    private final Brands brands;
    private final Submissions submissions;
    private final BrandChanges changes;
    private final BrandObservations observations;
    private final TcrClient tcr;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher springEvents;
    private final BrandsProperties properties;

    TcrSubmitter(Brands brands, Submissions submissions, BrandChanges changes, BrandObservations observations,
                 TcrClient tcr, TransactionTemplate tx, ApplicationEventPublisher springEvents,
                 BrandsProperties properties) {
        this.brands = brands;
        this.submissions = submissions;
        this.changes = changes;
        this.observations = observations;
        this.tcr = tcr;
        this.tx = tx;
        this.springEvents = springEvents;
        this.properties = properties;
    }

    Outcome attempt(UUID brandId, Operation operation) {
        Brand brand = brands.get(brandId).orElse(null);
        if (brand == null || !submissions.owes(brandId, operation)) {
            return new Outcome.Skipped();
        }
        try {
            switch (operation) {
                case REGISTER -> register(brand);
                case UPDATE -> update(brand);
                case REVET -> revet(brand);
                case VETTING -> vetting(brand);
                case DELETE -> delete(brand);
            }
            return new Outcome.Done();
        } catch (TcrRejected e) {
            log.info("TCR refused {} of brand {}: {}", operation, brandId, e.getMessage());
            return new Outcome.Refused(e);
        } catch (TcrUnavailable e) {
            Instant now = Instant.now();
            tx.executeWithoutResult(s -> submissions.failed(brandId, operation, e.getMessage(),
                    attempts -> now.plus(properties.sync().backoff(attempts))));
            return new Outcome.Unavailable(e.getMessage());
        }
    }

    /** The job's attempt was refused: no one is waiting for an answer, so the brand shows TCR's reasons. */
    void refusedLater(UUID brandId, Operation operation, TcrRejected rejection) {
        String reason = "TCR refused the " + operation.name().toLowerCase() + ": "
                + TcrRejected.describe(rejection.errors());
        tx.executeWithoutResult(s -> {
            submissions.done(brandId, operation);
            brands.lock(brandId).ifPresent(locked -> changes.save(locked, operation == Operation.REGISTER
                    ? locked.registrationRefused(reason, Instant.now())
                    : locked.syncRefused(reason, Instant.now())));
        });
    }

    private void register(Brand brand) {
        if (brand.tcrBrandId() != null) {
            tx.executeWithoutResult(s -> submissions.done(brand.id(), Operation.REGISTER));
            return;
        }
        TcrBrand registered = tcr.createBrand(brand.details().toTcr(brand.id().toString()));
        if (registered == null || registered.brandId() == null) {
            throw new TcrUnavailable("TCR took the brand but answered without a brand id");
        }
        tx.executeWithoutResult(s -> {
            // the advisory lock first: a webhook about this TCR id either sees the id or is replayed below
            observations.lockByTcrId(registered.brandId());
            Brand locked = brands.lock(brand.id()).orElse(null);
            if (locked == null) {
                log.warn("Brand {} vanished while TCR registered it as {}", brand.id(), registered.brandId());
                return;
            }
            submissions.done(brand.id(), Operation.REGISTER);
            Instant now = Instant.now();
            if (locked.isDeleted()) {
                // deleted while its registration was in flight: keep TCR's id so the deletion reaches TCR too
                brands.update(locked.registeredAs(registered.brandId(), now));
                submissions.owe(brand.id(), Operation.DELETE, now);
                return;
            }
            Brand after = changes.registered(locked, locked.registeredAs(registered.brandId(), now));
            if (!Objects.equals(locked.details(), brand.details())) {
                // edited while the registration was in flight: TCR got the older fields
                submissions.owe(brand.id(), Operation.UPDATE, now);
            }
            springEvents.publishEvent(new TcrBrandIdRecorded(after));
        });
    }

    private void update(Brand brand) {
        if (brand.tcrBrandId() == null) {
            // the owed registration will carry the latest fields
            tx.executeWithoutResult(s -> submissions.done(brand.id(), Operation.UPDATE));
            return;
        }
        tcr.updateBrand(brand.tcrBrandId(), brand.details().toTcr(brand.id().toString()));
        reverifying(brand, Operation.UPDATE);
    }

    private void revet(Brand brand) {
        if (brand.tcrBrandId() == null) {
            tx.executeWithoutResult(s -> submissions.done(brand.id(), Operation.REVET));
            return;
        }
        tcr.revet(brand.tcrBrandId());
        reverifying(brand, Operation.REVET);
    }

    /** TCR verifies the identity again: pending, unless its verdict already arrived while we were calling. */
    private void reverifying(Brand sent, Operation operation) {
        tx.executeWithoutResult(s -> {
            submissions.done(sent.id(), operation);
            brands.lock(sent.id()).ifPresent(locked -> {
                Instant now = Instant.now();
                boolean verdictArrived = !Objects.equals(locked.identityObservedAt(), sent.identityObservedAt());
                if (locked.isDeleted()) {
                    return;
                }
                changes.save(locked, verdictArrived ? locked.submitted(now) : locked.awaitingVerification(now));
            });
        });
    }

    private void vetting(Brand brand) {
        if (brand.tcrBrandId() == null) {
            tx.executeWithoutResult(s -> submissions.done(brand.id(), Operation.VETTING));
            return;
        }
        TcrVetting ordered = tcr.orderVetting(brand.tcrBrandId(), properties.vetting().evpId(),
                properties.vetting().vettingClass());
        tx.executeWithoutResult(s -> {
            submissions.done(brand.id(), Operation.VETTING);
            brands.lock(brand.id()).ifPresent(locked -> {
                Instant now = Instant.now();
                boolean scoreArrived = !Objects.equals(locked.vettingObservedAt(), brand.vettingObservedAt());
                changes.save(locked, scoreArrived ? locked.submitted(now)
                        : locked.vettingOrdered(ordered == null ? null : ordered.vettingId(),
                        ordered == null ? null : ordered.vettingStatus(), now));
            });
        });
    }

    private void delete(Brand brand) {
        if (brand.tcrBrandId() != null) {
            tcr.deleteBrand(brand.tcrBrandId());
        }
        tx.executeWithoutResult(s -> {
            submissions.doneAll(brand.id());
            brands.lock(brand.id()).ifPresent(locked -> {
                Instant now = Instant.now();
                changes.save(locked, locked.isDeleted() ? locked.submitted(now) : locked.deleted(now));
            });
        });
    }
}

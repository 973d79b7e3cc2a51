package io.tendlc.brand.brands;

import io.tendlc.brand.campaigns.LiveCampaigns;
import io.tendlc.brand.config.BrandsProperties;
import io.tendlc.brand.tcr.TcrRejected;
import io.tendlc.events.Uuids;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What an organization does with its brands, always in the same order: check, store the change together with the
 * TCR call it owes, then make the call. TCR's refusal comes back as a 422 listing TCR's reasons (the change undone);
 * TCR being down leaves the change stored and the call owed, for {@link SubmissionJob} to make later.
 */
@Component
class BrandRegistration {

    private final Brands brands;
    private final Submissions submissions;
    private final BrandChanges changes;
    private final TcrSubmitter submitter;
    private final ThroughputTiers tiers;
    private final LiveCampaigns campaigns;
    private final TransactionTemplate tx;
    private final BrandsProperties properties;

    BrandRegistration(Brands brands, Submissions submissions, BrandChanges changes, TcrSubmitter submitter,
                      ThroughputTiers tiers, LiveCampaigns campaigns, TransactionTemplate tx,
                      BrandsProperties properties) {
        this.brands = brands;
        this.submissions = submissions;
        this.changes = changes;
        this.submitter = submitter;
        this.tiers = tiers;
        this.campaigns = campaigns;
        this.tx = tx;
        this.properties = properties;
    }

    Brand register(UUID organizationId, BrandDetails submitted) {
        BrandDetails details = submitted.normalized();
        ComplianceGate.check(details);
        Instant now = Instant.now();
        Brand brand = Brand.create(Uuids.timeOrdered(), organizationId, details,
                tiers.of(details.entityType(), null, null).name(), now);
        tx.executeWithoutResult(s -> {
            brands.insert(brand);
            submissions.owe(brand.id(), Operation.REGISTER, graceUntil(now));
        });
        if (submitter.attempt(brand.id(), Operation.REGISTER) instanceof TcrSubmitter.Outcome.Refused refused) {
            tx.executeWithoutResult(s -> brands.remove(brand.id()));
            throw refusedByTcr("brand", refused.rejection());
        }
        return reload(brand);
    }

    /** Applies a patch (null keeps a field, "" clears it); TCR gets the brand again and verifies it again. */
    Brand edit(UUID organizationId, UUID id, BrandDetails patch) {
        Brand brand = live(organizationId, id);
        BrandDetails merged = brand.details().patchedWith(patch);
        if (merged.equals(brand.details())) {
            return brand;
        }
        ComplianceGate.check(merged);
        Instant now = Instant.now();
        Operation owed = tx.execute(s -> {
            Brand locked = brands.lock(id).orElseThrow();
            if (locked.tcrBrandId() != null) {
                changes.save(locked, locked.withDetails(merged, now));
                submissions.owe(id, Operation.UPDATE, graceUntil(now));
                return Operation.UPDATE;
            }
            if (submissions.owes(id, Operation.REGISTER)) {
                changes.save(locked, locked.withDetails(merged, now));
                return null; // the owed registration will carry these fields
            }
            // TCR refused the registration the job made: the fixed brand is registered again
            changes.save(locked, locked.withDetails(merged, now).awaitingVerification(now));
            submissions.owe(id, Operation.REGISTER, graceUntil(now));
            return Operation.REGISTER;
        });
        if (owed != null && submitter.attempt(id, owed) instanceof TcrSubmitter.Outcome.Refused refused) {
            tx.executeWithoutResult(s -> {
                submissions.done(id, owed);
                brands.lock(id).ifPresent(locked -> {
                    Brand restored = locked.withDetails(brand.details(), Instant.now());
                    changes.save(locked, owed == Operation.REGISTER
                            ? restored.registrationRefused(brand.statusReason(), Instant.now()) : restored);
                });
            });
            throw refusedByTcr("change", refused.rejection());
        }
        return reload(brand);
    }

    /** Asks TCR to verify a rejected (UNVERIFIED) brand's identity again, typically after fixing its data. */
    Brand resubmit(UUID organizationId, UUID id) {
        Brand brand = registeredAtTcr(organizationId, id);
        if (brand.status() != BrandStatus.REJECTED || brand.identityStatus() != IdentityStatus.UNVERIFIED) {
            throw new ApiProblem(HttpStatus.CONFLICT, "brand-not-rejected", "Brand not rejected",
                    "Only a brand TCR could not verify (UNVERIFIED) can be resubmitted; this one is "
                            + brand.status() + ".");
        }
        return owe(brand, Operation.REVET, "resubmission");
    }

    /** Orders an external vetting (AEGIS, standard): its score sets the brand's throughput tier. */
    Brand orderVetting(UUID organizationId, UUID id) {
        Brand brand = registeredAtTcr(organizationId, id);
        if ("SOLE_PROPRIETOR".equals(brand.details().entityType())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "vetting-not-available", "Vetting not available",
                    "Sole proprietor brands cannot be vetted; their throughput is fixed.");
        }
        return owe(brand, Operation.VETTING, "vetting order");
    }

    /** Deletes the brand at TCR and here; refused while the brand has campaigns that are not expired or deleted. */
    void delete(UUID organizationId, UUID id) {
        Brand brand = brands.find(organizationId, id).orElseThrow(() -> ApiProblem.notFound("Brand"));
        if (brand.isDeleted()) {
            return;
        }
        long live = campaigns.liveCampaigns(organizationId, id);
        if (live > 0) {
            throw new ApiProblem(HttpStatus.CONFLICT, "brand-has-campaigns", "Brand has campaigns",
                    "The brand still has " + live + " live campaign" + (live == 1 ? "" : "s")
                            + "; deactivate them before deleting the brand.", Map.of("liveCampaigns", live));
        }
        Instant now = Instant.now();
        boolean atTcr = tx.execute(s -> {
            Brand locked = brands.lock(id).orElseThrow();
            if (locked.tcrBrandId() == null) {
                // never reached TCR: nothing to tell it (a registration in flight is undone when it lands)
                submissions.doneAll(id);
                changes.save(locked, locked.deleted(now));
                return false;
            }
            submissions.owe(id, Operation.DELETE, graceUntil(now));
            return true;
        });
        if (!atTcr) {
            return;
        }
        switch (submitter.attempt(id, Operation.DELETE)) {
            case TcrSubmitter.Outcome.Refused refused -> {
                tx.executeWithoutResult(s -> submissions.done(id, Operation.DELETE));
                throw refusedByTcr("deletion", refused.rejection());
            }
            case TcrSubmitter.Outcome.Unavailable unavailable -> tx.executeWithoutResult(s ->
                    // deleted for the organization now; TCR is told by the job
                    brands.lock(id).filter(b -> !b.isDeleted())
                            .ifPresent(locked -> changes.save(locked, locked.deleted(Instant.now()))));
            default -> { }
        }
    }

    private Brand owe(Brand brand, Operation operation, String what) {
        tx.executeWithoutResult(s -> submissions.owe(brand.id(), operation, graceUntil(Instant.now())));
        if (submitter.attempt(brand.id(), operation) instanceof TcrSubmitter.Outcome.Refused refused) {
            tx.executeWithoutResult(s -> submissions.done(brand.id(), operation));
            throw refusedByTcr(what, refused.rejection());
        }
        return reload(brand);
    }

    private Brand live(UUID organizationId, UUID id) {
        Brand brand = brands.find(organizationId, id).orElseThrow(() -> ApiProblem.notFound("Brand"));
        if (brand.isDeleted()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "brand-deleted", "Brand deleted", "The brand was deleted.");
        }
        return brand;
    }

    private Brand registeredAtTcr(UUID organizationId, UUID id) {
        Brand brand = live(organizationId, id);
        if (brand.tcrBrandId() == null) {
            throw new ApiProblem(HttpStatus.CONFLICT, "brand-not-registered", "Brand not registered yet",
                    "TCR has not taken the brand yet: its registration is still being retried, or TCR refused it "
                            + "(see syncError; fix the brand with PATCH and it is submitted again).");
        }
        return brand;
    }

    private Brand reload(Brand brand) {
        return brands.get(brand.id()).orElseThrow();
    }

    private Instant graceUntil(Instant now) {
        return now.plus(properties.sync().inFlightGrace());
    }

    private static ApiProblem refusedByTcr(String what, TcrRejected rejection) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "tcr-rejected", "Refused by TCR",
                "TCR refused the " + what + ": " + TcrRejected.describe(rejection.errors()),
                Map.of("errors", rejection.errors()));
    }
}

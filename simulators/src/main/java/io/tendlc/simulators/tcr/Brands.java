package io.tendlc.simulators.tcr;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The brands and their asynchronous lifecycle: identity verification after {@code verificationDelay} (on
 * create, edit and revet) and external vetting after {@code vettingDelay}, each ending in a webhook. The
 * state changes before the webhook is sent, so a receiver that polls already sees it.
 */
final class Brands {

    private static final Logger log = LoggerFactory.getLogger(Brands.class);
    private static final Set<String> EVP_IDS = Set.of("AEGIS", "WMC", "CV");
    private static final Set<String> VETTING_CLASSES = Set.of("STANDARD", "ENHANCED", "POLITICAL");

    private final Map<String, SimBrand> brands = new ConcurrentHashMap<>();
    private final TcrScheduler scheduler;
    private final TcrWebhookDispatcher webhooks;
    private final TcrKnobs.Holder knobs;
    private final TcrStats stats;

    Brands(TcrScheduler scheduler, TcrWebhookDispatcher webhooks, TcrKnobs.Holder knobs, TcrStats stats) {
        this.scheduler = scheduler;
        this.webhooks = webhooks;
        this.knobs = knobs;
        this.stats = stats;
    }

    SimBrand create(BrandRequest request) {
        rejectIfInvalid(BrandValidation.check(request));
        Instant now = Instant.now();
        SimBrand brand;
        do {
            brand = new SimBrand(TcrIds.next('B', brands), request, now);
        } while (brands.putIfAbsent(brand.brandId(), brand) != null);
        stats.brandsCreated.increment();
        log.info("TCR brand {} created ({})", brand.brandId(), request.entityType());
        // no identity status on BRAND_ADD: overtaken by the verification result, it must not look like a regression
        webhooks.publish(TcrWebhookEvent.of("BRAND_ADD", brand.brandId(), null, null, null, null, null,
                "Brand added", now));
        scheduleVerification(brand, brand.startVerification());
        return brand;
    }

    SimBrand get(String brandId) {
        SimBrand brand = brands.get(brandId);
        if (brand == null) {
            throw TcrApiException.notFound("brandId", brandId);
        }
        return brand;
    }

    /** Edits the fields given and verifies the brand again. */
    SimBrand edit(String brandId, BrandRequest edit) {
        SimBrand brand = get(brandId);
        BrandRequest merged = brand.fields().mergedWith(edit);
        rejectIfInvalid(BrandValidation.check(merged));
        scheduleVerification(brand, brand.edit(merged, Instant.now()));
        return brand;
    }

    /** Re-runs identity verification (after an UNVERIFIED result was fixed, say). */
    SimBrand revet(String brandId) {
        SimBrand brand = get(brandId);
        scheduleVerification(brand, brand.startVerification());
        return brand;
    }

    /** Deletes the brand; refused while it has an ACTIVE campaign. */
    SimBrand delete(String brandId, Predicate<String> hasActiveCampaign) {
        SimBrand brand = get(brandId);
        if (hasActiveCampaign.test(brandId)) {
            throw rejected(new TcrError(TcrError.INVALID_STATE, "brandId",
                    "Brand " + brandId + " has active campaigns; deactivate them first"));
        }
        brands.remove(brandId);
        log.info("TCR brand {} deleted", brandId);
        return brand;
    }

    SimBrand.Vetting orderVetting(String brandId, String evpId, String vettingClass) {
        SimBrand brand = get(brandId);
        if (BrandValidation.blank(evpId) || !EVP_IDS.contains(evpId)) {
            throw rejected(TcrError.invalid("evpId", "Invalid evpId, expected one of " + EVP_IDS));
        }
        if (BrandValidation.blank(vettingClass) || !VETTING_CLASSES.contains(vettingClass)) {
            throw rejected(TcrError.invalid("vettingClass", "Invalid vettingClass, expected one of "
                    + VETTING_CLASSES));
        }
        if (brand.fields().soleProprietor()) {
            throw rejected(new TcrError(TcrError.INVALID_STATE, "brandId",
                    "External vetting is not available for SOLE_PROPRIETOR brands"));
        }
        SimBrand.Vetting vetting = brand.orderVetting(UUID.randomUUID().toString(), evpId, vettingClass,
                Instant.now());
        scheduler.after(knobs.get().vettingDelay(), () -> completeVetting(brand, vetting.vettingId()));
        return vetting;
    }

    int size() {
        return brands.size();
    }

    List<SimBrand> all() {
        return List.copyOf(brands.values());
    }

    private void scheduleVerification(SimBrand brand, long round) {
        scheduler.after(knobs.get().verificationDelay(), () -> completeVerification(brand, round));
    }

    private void completeVerification(SimBrand brand, long round) {
        if (!brands.containsKey(brand.brandId())) {
            return;
        }
        IdentityVerification.Outcome outcome = IdentityVerification.verify(brand.fields(),
                knobs.get().forceIdentityStatus(), brand.hasActiveVetting());
        Instant now = Instant.now();
        if (!brand.completeVerification(round, outcome, now)) {
            return;
        }
        log.info("TCR brand {} identity {}{}", brand.brandId(), outcome.identityStatus(),
                outcome.reason() == null ? "" : " (" + outcome.reason() + ")");
        webhooks.publish(TcrWebhookEvent.of("BRAND_IDENTITY_STATUS_UPDATE", brand.brandId(), null, null,
                outcome.identityStatus(), null, null, outcome.reason() != null ? outcome.reason()
                        : "Brand identity status changed to " + outcome.identityStatus(), now));
    }

    private void completeVetting(SimBrand brand, String vettingId) {
        if (!brands.containsKey(brand.brandId())) {
            return;
        }
        int score = IdentityVerification.vettingScore(brand.fields());
        Instant now = Instant.now();
        String before = brand.completeVetting(vettingId, score, now);
        String after = brand.identityStatus();
        log.info("TCR brand {} vetting score {}", brand.brandId(), score);
        webhooks.publish(TcrWebhookEvent.of("BRAND_SCORE_UPDATE", brand.brandId(), null, null, after, score,
                "ACTIVE", "External vetting completed with score " + score, now));
        if (!after.equals(before)) {
            webhooks.publish(TcrWebhookEvent.of("BRAND_IDENTITY_STATUS_UPDATE", brand.brandId(), null, null, after,
                    null, null, "Brand identity status changed to " + after, now));
        }
    }

    private void rejectIfInvalid(List<TcrError> errors) {
        if (!errors.isEmpty()) {
            stats.rejected.increment();
            throw TcrApiException.badRequest(errors);
        }
    }

    private TcrApiException rejected(TcrError error) {
        stats.rejected.increment();
        return TcrApiException.badRequest(error);
    }
}

package io.tendlc.brand.brands;

import io.tendlc.brand.config.BrandsProperties;
import io.tendlc.brand.tcr.TcrBrand;
import io.tendlc.brand.tcr.TcrClient;
import io.tendlc.brand.tcr.TcrUnavailable;
import io.tendlc.brand.tcr.TcrVetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Webhooks can be lost (TCR retries only so long; our gateway may have been down). A brand whose identity or vetting
 * has been pending for a while is fetched from TCR and moved forward as the webhook would have done. A verdict still
 * in progress at TCR (SELF_DECLARED, vetting PENDING) is not applied: it carries no time of TCR's, and the webhook
 * with the real verdict must still win.
 */
@Component
class BrandReconciler {

    private static final Logger log = LoggerFactory.getLogger(BrandReconciler.class);
    private static final int BATCH = 100;

    private final Brands brands;
    private final BrandObservations observations;
    private final TcrClient tcr;
    private final TransactionTemplate tx;
    private final BrandsProperties.Reconcile reconcile;

    BrandReconciler(Brands brands, BrandObservations observations, TcrClient tcr, TransactionTemplate tx,
                    BrandsProperties properties) {
        this.brands = brands;
        this.observations = observations;
        this.tcr = tcr;
        this.tx = tx;
        this.reconcile = properties.reconcile();
    }

    @Scheduled(fixedDelayString = "${brands.reconcile.interval:1m}", initialDelayString = "${brands.reconcile.interval:1m}")
    void run() {
        List<Brand> stale = brands.stalePending(Instant.now().minus(reconcile.staleAfter()), BATCH);
        for (Brand brand : stale) {
            try {
                check(brand);
            } catch (TcrUnavailable e) {
                log.info("Reconciling brands paused, TCR unavailable: {}", e.getMessage());
                return;
            } catch (RuntimeException e) {
                log.warn("Reconciling brand {} failed: {}", brand.id(), e.toString());
            }
        }
    }

    private void check(Brand brand) {
        Optional<TcrBrand> atTcr = tcr.brand(brand.tcrBrandId());
        TcrVetting vetting = "PENDING".equals(brand.vettingStatus()) ? latest(brand) : null;
        Instant now = Instant.now();
        IdentityStatus identity = atTcr.flatMap(b -> IdentityStatus.parse(b.identityStatus()))
                .filter(s -> s != IdentityStatus.SELF_DECLARED).orElse(null);
        boolean scored = vetting != null && vetting.vettingScore() != null && !"PENDING".equals(vetting.vettingStatus());
        String reason = atTcr.map(TcrBrand::identityStatusReason).orElse(brand.statusReason());
        Observation observation = new Observation(identity, identity == IdentityStatus.UNVERIFIED
                ? Objects.requireNonNullElse(reason, "TCR reports the brand's identity as UNVERIFIED") : null, scored ? vetting.vettingScore() : null, scored ? vetting.vettingStatus() : null, now);
        tx.executeWithoutResult(s -> brands.lock(brand.id()).ifPresent(locked -> {
            if (!observation.isEmpty() && observations.observe(locked, observation) == BrandObservations.Outcome.APPLIED) {
                log.info("Brand {} reconciled from TCR: identity {}, vetting score {}", brand.id(), identity,
                        observation.vettingScore());
                brands.lock(brand.id()).ifPresent(updated -> brands.update(updated.polled(now)));
            } else {
                brands.update(locked.polled(now));
            }
        }));
    }

    private TcrVetting latest(Brand brand) {
        List<TcrVetting> vettings = tcr.vettings(brand.tcrBrandId());
        return vettings.stream().filter(v -> Objects.equals(v.vettingId(), brand.vettingId())).findFirst()
                .orElseGet(() -> vettings.stream()
                        .max(Comparator.comparing(v -> Objects.requireNonNullElse(v.createDate(), "")))
                        .orElse(null));
    }
}

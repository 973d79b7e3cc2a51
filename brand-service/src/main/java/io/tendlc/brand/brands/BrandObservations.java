package io.tendlc.brand.brands;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Applies what TCR says about a brand, forward-only, and announces the result. Webhooks, the poller and the
 * registration (replaying webhooks that beat it) all come through here, inside their own transaction.
 */
@Component
public class BrandObservations {

    /** What became of one observation. */
    public enum Outcome {
        /** The brand moved forward. */
        APPLIED,
        /** The brand already shows something newer (a late or reordered delivery). */
        STALE,
        /** Nothing we track (another event type, or a deleted brand). */
        IGNORED
    }

    private final Brands brands;
    private final BrandChanges changes;
    private final JdbcClient jdbc;

    BrandObservations(Brands brands, BrandChanges changes, JdbcClient jdbc) {
        this.brands = brands;
        this.changes = changes;
        this.jdbc = jdbc;
    }

    /**
     * Serializes everything about one TCR brand id (its webhooks and its registration) for the rest of the
     * transaction, so a webhook that races the registration recording TCR's id is either matched or replayed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Brand> lockByTcrId(String tcrBrandId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("tcr-brand:" + tcrBrandId).query().singleRow();
        return brands.lockByTcrId(tcrBrandId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome observe(Brand locked, Observation observation) {
        if (observation.isEmpty() || locked.isDeleted()) {
            return Outcome.IGNORED;
        }
        Instant now = Instant.now();
        Brand after = locked;
        boolean applied = false;
        if (observation.identityStatus() != null) {
            Optional<Brand> moved = after.identityObserved(observation.identityStatus(), observation.reason(),
                    observation.at(), now);
            applied = moved.isPresent();
            after = moved.orElse(after);
        }
        if (observation.vettingScore() != null || observation.vettingStatus() != null) {
            Optional<Brand> scored = after.vettingObserved(observation.vettingScore(), observation.vettingStatus(),
                    observation.at(), now);
            applied |= scored.isPresent();
            after = scored.orElse(after);
        }
        if (!applied) {
            return Outcome.STALE;
        }
        changes.save(locked, after);
        return Outcome.APPLIED;
    }
}

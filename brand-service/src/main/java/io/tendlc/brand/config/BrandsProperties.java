package io.tendlc.brand.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * @param publicBaseUrl where TCR reaches us (the gateway): webhooks go to {@code /webhooks/tcr/brands} there
 * @param sync          the job that makes the TCR calls a request could not (TCR down)
 * @param reconcile     the poller for brands whose webhooks may have been lost
 * @param vetting       the vetting ordered by default
 * @param throughput    the throughput tier that follows from a brand's vetting score
 */
@ConfigurationProperties("brands")
public record BrandsProperties(String publicBaseUrl, Sync sync, Reconcile reconcile, Vetting vetting,
                               Throughput throughput) {

    public BrandsProperties {
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8080"
                : publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        sync = sync == null ? new Sync(null, null, null, null) : sync;
        reconcile = reconcile == null ? new Reconcile(null, null) : reconcile;
        vetting = vetting == null ? new Vetting(null, null) : vetting;
        if (throughput == null) {
            throw new IllegalStateException("brands.throughput (the tiers by vetting score) must be configured");
        }
    }

    /**
     * @param interval       how often the job looks for submissions due
     * @param initialBackoff wait after the first failure, doubled after each further one
     * @param maxBackoff     the longest wait between attempts
     * @param inFlightGrace  how long a submission being made by a request is left to that request
     */
    public record Sync(Duration interval, Duration initialBackoff, Duration maxBackoff, Duration inFlightGrace) {
        public Sync {
            interval = interval == null ? Duration.ofSeconds(10) : interval;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(10) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
            inFlightGrace = inFlightGrace == null ? Duration.ofMinutes(2) : inFlightGrace;
        }

        /** The wait before attempt {@code attempts + 1}. */
        public Duration backoff(int attempts) {
            Duration wait = initialBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }
    }

    /** @param staleAfter a brand (or its vetting) pending this long since TCR last told us something is polled */
    public record Reconcile(Duration staleAfter, Duration interval) {
        public Reconcile {
            staleAfter = staleAfter == null ? Duration.ofMinutes(15) : staleAfter;
            interval = interval == null ? Duration.ofMinutes(1) : interval;
        }
    }

    public record Vetting(String evpId, String vettingClass) {
        public Vetting {
            evpId = evpId == null ? "AEGIS" : evpId;
            vettingClass = vettingClass == null ? "STANDARD" : vettingClass;
        }
    }

    /**
     * @param soleProprietor the tier of every sole proprietor brand
     * @param unvetted       the tier of a brand without an active vetting score
     * @param tiers          the tiers by score; a brand gets the highest whose {@code minScore} its score reaches
     */
    public record Throughput(Tier soleProprietor, Tier unvetted, List<Tier> tiers) {
        public Throughput {
            tiers = tiers == null ? List.of() : tiers.stream()
                    .sorted(Comparator.comparingInt((Tier t) -> t.minScore() == null ? 0 : t.minScore()).reversed())
                    .toList();
        }
    }

    /** A throughput tier: AT&T messages per minute per campaign, T-Mobile segments per day per brand. */
    public record Tier(String name, Integer minScore, int attMessagesPerMinute, int tmobileDailySegments) {
    }
}

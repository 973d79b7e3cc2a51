package io.tendlc.simulators.tcr;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The behaviour tests change while the simulator runs. Immutable: a change swaps the whole value.
 *
 * @param verificationDelay      ms from a brand's submission to its identity verification result
 * @param vettingDelay           ms from an external vetting order to its score
 * @param reviewDelay            ms from a campaign's submission to the first carrier's decision
 * @param duplicateRate          share (0..1) of webhooks delivered a second time with the same eventId
 * @param reorder                random extra delay (up to {@code reorderMaxDelay} ms) on every webhook
 * @param reorderMaxDelay        the largest extra delay when reordering
 * @param forceIdentityStatus    VERIFIED, UNVERIFIED or VETTED_VERIFIED for every verification; null = by rule
 * @param forceCarrierStatus     APPROVED, REVIEW, REJECTED or SUSPENDED from every carrier; null = by rule
 * @param forceCarrierStatusByMno network id (10017, 10035, 10037) → status, winning over the two above
 */
record TcrKnobs(
        long verificationDelay,
        long vettingDelay,
        long reviewDelay,
        double duplicateRate,
        boolean reorder,
        long reorderMaxDelay,
        String forceIdentityStatus,
        String forceCarrierStatus,
        Map<String, String> forceCarrierStatusByMno) {

    static final Set<String> IDENTITY_STATUSES = Set.of("VERIFIED", "UNVERIFIED", "VETTED_VERIFIED");
    static final Set<String> CARRIER_STATUSES = Set.of("APPROVED", "REVIEW", "REJECTED", "SUSPENDED");

    TcrKnobs {
        if (verificationDelay < 0 || vettingDelay < 0 || reviewDelay < 0 || reorderMaxDelay < 0) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (duplicateRate < 0 || duplicateRate > 1) {
            throw new IllegalArgumentException("duplicateRate must be between 0 and 1");
        }
        forceIdentityStatus = blankToNull(forceIdentityStatus);
        if (forceIdentityStatus != null && !IDENTITY_STATUSES.contains(forceIdentityStatus)) {
            throw new IllegalArgumentException("forceIdentityStatus must be one of " + IDENTITY_STATUSES
                    + " (or empty for the rules)");
        }
        forceCarrierStatus = blankToNull(forceCarrierStatus);
        if (forceCarrierStatus != null && !CARRIER_STATUSES.contains(forceCarrierStatus)) {
            throw new IllegalArgumentException("forceCarrierStatus must be one of " + CARRIER_STATUSES
                    + " (or empty for the rules)");
        }
        Map<String, String> byMno = new HashMap<>();
        if (forceCarrierStatusByMno != null) {
            forceCarrierStatusByMno.forEach((mno, status) -> {
                if (!Carrier.isKnown(mno)) {
                    throw new IllegalArgumentException("unknown mnoId " + mno + "; known: " + Carrier.ids());
                }
                if (status != null && !status.isBlank()) {
                    if (!CARRIER_STATUSES.contains(status)) {
                        throw new IllegalArgumentException("forceCarrierStatusByMno values must be one of "
                                + CARRIER_STATUSES);
                    }
                    byMno.put(mno, status);
                }
            });
        }
        forceCarrierStatusByMno = Map.copyOf(byMno);
    }

    static TcrKnobs from(TcrSimulatorProperties properties) {
        return new TcrKnobs(properties.verificationDelay().toMillis(), properties.vettingDelay().toMillis(),
                properties.reviewDelay().toMillis(), properties.duplicateRate(), properties.reorder(),
                properties.reorderMaxDelay().toMillis(), null, null, Map.of());
    }

    /** Applies the fields a {@code POST /sim/tcr/config} named; an empty string clears a forced status. */
    TcrKnobs with(Update update) {
        return new TcrKnobs(
                orElse(update.verificationDelay(), verificationDelay),
                orElse(update.vettingDelay(), vettingDelay),
                orElse(update.reviewDelay(), reviewDelay),
                orElse(update.duplicateRate(), duplicateRate),
                orElse(update.reorder(), reorder),
                orElse(update.reorderMaxDelay(), reorderMaxDelay),
                orElse(update.forceIdentityStatus(), forceIdentityStatus),
                orElse(update.forceCarrierStatus(), forceCarrierStatus),
                orElse(update.forceCarrierStatusByMno(), forceCarrierStatusByMno));
    }

    /** The status the given carrier is forced to give, or null when the rules decide. */
    String forcedCarrierStatus(Carrier carrier) {
        String byMno = forceCarrierStatusByMno.get(carrier.mnoId());
        return byMno != null ? byMno : forceCarrierStatus;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /** Body of {@code POST /sim/tcr/config}: every field optional. */
    record Update(Long verificationDelay, Long vettingDelay, Long reviewDelay, Double duplicateRate, Boolean reorder,
                  Long reorderMaxDelay, String forceIdentityStatus, String forceCarrierStatus,
                  Map<String, String> forceCarrierStatusByMno) {
    }

    /** The current knobs, swapped whole by the config endpoint. */
    static final class Holder {

        private final TcrKnobs initial;
        private volatile TcrKnobs current;

        Holder(TcrKnobs initial) {
            this.initial = initial;
            this.current = initial;
        }

        TcrKnobs get() {
            return current;
        }

        synchronized TcrKnobs update(Update update) {
            current = current.with(update);
            return current;
        }

        TcrKnobs reset() {
            current = initial;
            return current;
        }
    }
}

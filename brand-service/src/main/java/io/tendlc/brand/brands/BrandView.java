package io.tendlc.brand.brands;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.tendlc.brand.config.BrandsProperties.Tier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A brand as the API shows it: its TCR fields, then TCR's verdicts, the platform's status, the throughput its tier
 * gives, and the TCR calls still owed ({@code pendingSubmissions}, with {@code syncError} when TCR refused one the
 * platform made later on the organization's behalf).
 */
record BrandView(UUID id, @JsonUnwrapped BrandDetails details, String status, String statusReason, String tcrBrandId,
                 String identityStatus, String vettingStatus, Integer vettingScore, String throughputTier,
                 Throughput throughput, List<Operation> pendingSubmissions, String syncError, Instant submittedAt,
                 Instant statusChangedAt, Instant createdAt, Instant updatedAt) {

    /** AT&T messages per minute per campaign, T-Mobile segments per day across the brand's campaigns. */
    record Throughput(int attMessagesPerMinute, int tmobileDailySegments) {
    }

    static BrandView of(Brand b, Tier tier) {
        return new BrandView(b.id(), b.details(), b.status().name(), b.statusReason(), b.tcrBrandId(),
                b.identityStatus() == null ? null : b.identityStatus().name(), b.vettingStatus(), b.vettingScore(),
                b.throughputTier(), new Throughput(tier.attMessagesPerMinute(), tier.tmobileDailySegments()),
                b.pendingOperations(), b.syncError(), b.submittedAt(), b.statusChangedAt(), b.createdAt(),
                b.updatedAt());
    }
}

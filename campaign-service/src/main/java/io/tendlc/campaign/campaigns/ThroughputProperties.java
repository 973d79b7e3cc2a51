package io.tendlc.campaign.campaigns;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;

/**
 * The carriers' throughput tables (DOMAIN.md). Carriers change them, so they are configuration.
 *
 * @param att     AT&T messages per minute, per campaign
 * @param tmobile T-Mobile segments per day, per brand
 */
@ConfigurationProperties("campaigns.throughput")
public record ThroughputProperties(Att att, TMobile tmobile) {

    /**
     * @param soleProprietor    a sole proprietor brand (or the SOLE_PROPRIETOR use case)
     * @param lowVolume         the low-volume mixed use cases
     * @param unvetted          a brand without a vetting score (or a score of 0)
     * @param tiers             by vetting score: the first tier whose {@code minScore} the score reaches
     */
    public record Att(int soleProprietor, int lowVolume, Set<String> lowVolumeUsecases, int unvetted,
                      List<Tier> tiers) {
    }

    public record TMobile(int soleProprietor, int unvetted, List<Tier> tiers) {
    }

    public record Tier(int minScore, int limit) {
    }
}

package io.tendlc.campaign.campaigns;

import io.tendlc.campaign.brands.Brand;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** A campaign's carrier throughput, from its brand's vetting score and entity type and its use case. */
@Component
class ThroughputLimits {

    private final ThroughputProperties table;

    ThroughputLimits(ThroughputProperties table) {
        this.table = table;
    }

    Limits of(Brand brand, String usecase) {
        return new Limits(att(brand, usecase), tmobile(brand));
    }

    private int att(Brand brand, String usecase) {
        ThroughputProperties.Att att = table.att();
        if (brand.soleProprietor() || "SOLE_PROPRIETOR".equals(usecase)) {
            return att.soleProprietor();
        }
        if (att.lowVolumeUsecases() != null && att.lowVolumeUsecases().contains(usecase)) {
            return att.lowVolume();
        }
        return byScore(brand.vettingScore(), att.tiers(), att.unvetted());
    }

    private int tmobile(Brand brand) {
        ThroughputProperties.TMobile tmobile = table.tmobile();
        if (brand.soleProprietor()) {
            return tmobile.soleProprietor();
        }
        return byScore(brand.vettingScore(), tmobile.tiers(), tmobile.unvetted());
    }

    private static int byScore(Integer score, List<ThroughputProperties.Tier> tiers, int unvetted) {
        if (score == null || score <= 0 || tiers == null) {
            return unvetted;
        }
        return tiers.stream().sorted(Comparator.comparingInt(ThroughputProperties.Tier::minScore).reversed())
                .filter(t -> score >= t.minScore()).findFirst().map(ThroughputProperties.Tier::limit).orElse(unvetted);
    }
}

package io.tendlc.brand.brands;

import io.tendlc.brand.config.BrandsProperties;
import io.tendlc.brand.config.BrandsProperties.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThroughputTiersTest {

    // deliberately listed out of order: the configuration's order must not matter
    static final ThroughputTiers TIERS = new ThroughputTiers(new BrandsProperties(null, null, null, null,
            new BrandsProperties.Throughput(new Tier("SOLE_PROPRIETOR", null, 15, 1000),
                    new Tier("UNVETTED", null, 240, 2000),
                    List.of(new Tier("MEDIUM", 25, 240, 10000), new Tier("LOW", 0, 240, 2000),
                            new Tier("TOP", 75, 4500, 200000), new Tier("HIGH", 50, 2400, 40000)))));

    @ParameterizedTest
    @CsvSource({"100,TOP,4500", "75,TOP,4500", "74,HIGH,2400", "50,HIGH,2400", "49,MEDIUM,240", "25,MEDIUM,240",
            "24,LOW,240", "1,LOW,240", "0,LOW,240"})
    void theScoreGivesTheTier(int score, String tier, int attPerMinute) {
        Tier t = TIERS.of("PRIVATE_PROFIT", "ACTIVE", score);
        assertThat(t.name()).isEqualTo(tier);
        assertThat(t.attMessagesPerMinute()).isEqualTo(attPerMinute);
    }

    @Test
    void soleProprietorsAndUnvettedBrandsHaveTheirOwnTiers() {
        assertThat(TIERS.of("SOLE_PROPRIETOR", "ACTIVE", 99).name()).isEqualTo("SOLE_PROPRIETOR");
        assertThat(TIERS.of("PRIVATE_PROFIT", null, null).name()).isEqualTo("UNVETTED");
        assertThat(TIERS.of("PRIVATE_PROFIT", "EXPIRED", 90).name()).isEqualTo("UNVETTED");
        assertThat(TIERS.of("PRIVATE_PROFIT", "PENDING", 90).name()).as("re-vetting keeps the last score").isEqualTo("TOP");
        assertThat(TIERS.named("HIGH").tmobileDailySegments()).isEqualTo(40000);
        assertThat(TIERS.named("GONE").name()).isEqualTo("UNVETTED");
    }
}

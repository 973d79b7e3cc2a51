package io.tendlc.campaign.campaigns;

import io.tendlc.campaign.brands.Brand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The throughput table as application.yml configures it (DOMAIN.md's figures). */
class ThroughputLimitsTest {

    static final ThroughputLimits LIMITS = new ThroughputLimits(configured());

    @ParameterizedTest(name = "{0} score {1} {2} -> AT&T {3}/min, T-Mobile {4}/day")
    @CsvSource(nullValues = "none", value = {
            "PRIVATE_PROFIT, 100, MARKETING, 4500, 200000",
            "PRIVATE_PROFIT, 75, MARKETING, 4500, 200000",
            "PRIVATE_PROFIT, 74, MIXED, 2400, 40000",
            "PUBLIC_PROFIT, 50, 2FA, 2400, 40000",
            "PRIVATE_PROFIT, 49, MARKETING, 240, 10000",
            "NON_PROFIT, 25, CHARITY, 240, 10000",
            "PRIVATE_PROFIT, 24, MARKETING, 240, 2000",
            "PRIVATE_PROFIT, 1, MARKETING, 240, 2000",
            "PRIVATE_PROFIT, 0, MARKETING, 240, 2000",
            "PRIVATE_PROFIT, none, MARKETING, 240, 2000",
            "PRIVATE_PROFIT, 90, LOW_VOLUME, 75, 200000",
            "SOLE_PROPRIETOR, none, SOLE_PROPRIETOR, 15, 1000",
    })
    void limitsByScoreEntityTypeAndUseCase(String entityType, Integer score, String usecase, int att, int tmobile) {
        Brand brand = new Brand(UUID.randomUUID(), UUID.randomUUID(), "B123456", "Acme", "Acme LLC", entityType,
                "VERIFIED", score, "APPROVED", Instant.now());
        assertThat(LIMITS.of(brand, usecase)).isEqualTo(new Limits(att, tmobile));
    }

    @Test
    void theTableIsConfigurationNotCode() {
        assertThat(configured().att().tiers()).extracting(ThroughputProperties.Tier::minScore).containsExactly(75, 50, 1);
    }

    static ThroughputProperties configured() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind("campaigns.throughput", ThroughputProperties.class).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.tendlc.notification.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryTest {

    private static final Instant NOW = Instant.parse("2026-03-03T14:05:00Z");

    @Test
    void saysHowLongInTheUnitPeopleUseAndTheExactTimeInUtc() {
        assertThat(Expiry.describe(NOW.plus(Duration.ofMinutes(30)).minusSeconds(3), NOW))
                .isEqualTo("in 30 minutes (Tue, 3 Mar 2026 at 14:34 UTC)");
        assertThat(Expiry.describe(NOW.plus(Duration.ofHours(24)).minusSeconds(3), NOW)).startsWith("in 24 hours (Wed, 4 Mar 2026");
        assertThat(Expiry.describe(NOW.plus(Duration.ofDays(7)), NOW)).isEqualTo("in 7 days (Tue, 10 Mar 2026 at 14:05 UTC)");
        assertThat(Expiry.describe(NOW.plusSeconds(20), NOW)).startsWith("in 1 minute (");
        assertThat(Expiry.describe(NOW.plus(Duration.ofMinutes(100)), NOW)).startsWith("in 2 hours (");
    }
}

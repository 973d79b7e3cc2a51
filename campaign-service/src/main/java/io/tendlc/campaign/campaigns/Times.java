package io.tendlc.campaign.campaigns;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now, at the database's precision, so a time read back compares equal to the one written. */
final class Times {

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Times() {
    }
}

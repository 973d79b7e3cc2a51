package io.tendlc.brand.brands;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Something TCR told us about a brand (a webhook, or the answer to a poll), as of TCR's time {@code at}: its
 * identity status (with the reason when unverified) and/or its vetting score and status. Absent parts are null.
 */
public record Observation(IdentityStatus identityStatus, String reason, Integer vettingScore, String vettingStatus,
                          Instant at) {

    public Observation {
        // as precise as the database keeps it, so a stored time compares equal to the one it came from
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isEmpty() {
        return identityStatus == null && vettingScore == null && vettingStatus == null;
    }
}

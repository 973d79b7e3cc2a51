package io.tendlc.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * "in 24 hours (Tue, 3 Mar 2026 at 14:05 UTC)": how long a link stays valid, rounded the way people say it,
 * and the exact time in UTC, since the reader's time zone is not known here.
 */
final class Expiry {

    private static final DateTimeFormatter EXACT =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Expiry() {
    }

    static String describe(Instant expiresAt, Instant now) {
        return "in " + relative(Duration.between(now, expiresAt)) + " (" + EXACT.format(expiresAt) + ")";
    }

    private static String relative(Duration left) {
        long minutes = Math.max(1, Math.round(left.toSeconds() / 60.0));
        if (minutes < 90) {
            return plural(minutes, "minute");
        }
        long hours = Math.round(left.toSeconds() / 3600.0);
        if (hours < 48) {
            return plural(hours, "hour");
        }
        return plural(Math.round(left.toSeconds() / 86400.0), "day");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}

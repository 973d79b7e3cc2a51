package io.tendlc.simulators.tcr;

import java.security.SecureRandom;
import java.util.Map;

/** TCR's 7-character ids: a prefix letter (B brand, C campaign) and six upper-case alphanumerics. */
final class TcrIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TcrIds() {
    }

    /** A new id not yet a key of {@code taken}; the caller still inserts with putIfAbsent. */
    static String next(char prefix, Map<String, ?> taken) {
        while (true) {
            StringBuilder id = new StringBuilder(7).append(prefix);
            for (int i = 0; i < 6; i++) {
                id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!taken.containsKey(id.toString())) {
                return id.toString();
            }
        }
    }
}

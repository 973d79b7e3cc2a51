package io.tendlc.simulators.twilio;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Twilio-shaped resource ids: a two-letter prefix and 32 lower-case hex digits. ThreadLocalRandom rather
 * than SecureRandom: these only need to be unique, and this runs thousands of times a second.
 */
final class Sids {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Sids() {
    }

    static String newSid(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] sid = new char[prefix.length() + 32];
        prefix.getChars(0, prefix.length(), sid, 0);
        for (int i = prefix.length(); i < sid.length; i += 16) {
            long bits = random.nextLong();
            for (int j = 0; j < 16; j++) {
                sid[i + j] = HEX[(int) (bits >>> (j * 4)) & 0xF];
            }
        }
        return new String(sid);
    }
}

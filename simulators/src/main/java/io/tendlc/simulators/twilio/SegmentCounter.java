package io.tendlc.simulators.twilio;

/**
 * Counts SMS segments the way carriers bill them: GSM-7 when every character is in the GSM 03.38
 * alphabet (160 septets alone, 153 per part of a concatenated message, extension characters taking two
 * septets), otherwise UCS-2 for the whole message (70 UTF-16 units alone, 67 per part). A part never
 * ends between an escape and its extension character, nor between the two halves of a surrogate pair,
 * which is why the parts are packed one character at a time rather than divided.
 */
public final class SegmentCounter {

    public enum Encoding { GSM_7, UCS_2 }

    public record SegmentCount(Encoding encoding, int segments) {
    }

    static final int GSM_SINGLE = 160;
    static final int GSM_PART = 153;
    static final int UCS2_SINGLE = 70;
    static final int UCS2_PART = 67;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[]~|€";

    /** Septets per character: 0 outside GSM-7, 1 basic, 2 extension. A table, because this runs per message. */
    private static final byte[] SEPTETS = new byte[Character.MAX_VALUE + 1];

    static {
        GSM_BASIC.chars().forEach(c -> SEPTETS[c] = 1);
        GSM_EXTENSION.chars().forEach(c -> SEPTETS[c] = 2);
    }

    private SegmentCounter() {
    }

    public static SegmentCount count(String body) {
        return isGsm7(body)
                ? new SegmentCount(Encoding.GSM_7, gsm7Segments(body))
                : new SegmentCount(Encoding.UCS_2, ucs2Segments(body));
    }

    public static int segments(String body) {
        return count(body).segments();
    }

    static int septets(char c) {
        return SEPTETS[c];
    }

    private static boolean isGsm7(String body) {
        for (int i = 0; i < body.length(); i++) {
            if (SEPTETS[body.charAt(i)] == 0) {
                return false;
            }
        }
        return true;
    }

    private static int gsm7Segments(String body) {
        int total = 0;
        for (int i = 0; i < body.length(); i++) {
            total += SEPTETS[body.charAt(i)];
        }
        if (total <= GSM_SINGLE) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < body.length(); i++) {
            int size = SEPTETS[body.charAt(i)];
            if (used + size > GSM_PART) {
                segments++;
                used = 0;
            }
            used += size;
        }
        return segments;
    }

    private static int ucs2Segments(String body) {
        if (body.length() <= UCS2_SINGLE) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < body.length(); i++) {
            int size = Character.isHighSurrogate(body.charAt(i)) && i + 1 < body.length()
                    && Character.isLowSurrogate(body.charAt(i + 1)) ? 2 : 1;
            if (used + size > UCS2_PART) {
                segments++;
                used = 0;
            }
            used += size;
            i += size - 1;
        }
        return segments;
    }
}

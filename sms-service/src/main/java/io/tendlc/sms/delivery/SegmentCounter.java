package io.tendlc.sms.delivery;

/**
 * How many SMS segments a body costs. GSM-7: 160 characters alone, 153 per part of a longer message; the
 * extension characters (^ { } \ [ ~ ] | €) take two slots and never straddle a part boundary. Any character
 * outside GSM-7 makes the whole message UCS-2: 70 alone, 67 per part, counted in UTF-16 units, and a
 * surrogate pair is never split across parts.
 */
public final class SegmentCounter {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public enum Encoding { GSM7, UCS2 }

    public record Segmentation(Encoding encoding, int segments) {
    }

    public static Segmentation count(String body) {
        return isGsm7(body) ? new Segmentation(Encoding.GSM7, gsm7Segments(body))
                : new Segmentation(Encoding.UCS2, ucs2Segments(body));
    }

    static boolean isGsm7(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int gsm7Segments(String body) {
        int septets = 0;
        for (int i = 0; i < body.length(); i++) {
            septets += GSM_EXTENSION.indexOf(body.charAt(i)) >= 0 ? 2 : 1;
        }
        if (septets <= 160) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < body.length(); i++) {
            int width = GSM_EXTENSION.indexOf(body.charAt(i)) >= 0 ? 2 : 1;
            if (used + width > 153) {
                segments++;
                used = 0;
            }
            used += width;
        }
        return segments;
    }

    private static int ucs2Segments(String body) {
        if (body.length() <= 70) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < body.length(); ) {
            int width = Character.isHighSurrogate(body.charAt(i)) && i + 1 < body.length()
                    && Character.isLowSurrogate(body.charAt(i + 1)) ? 2 : 1;
            if (used + width > 67) {
                segments++;
                used = 0;
            }
            used += width;
            i += width;
        }
        return segments;
    }

    private SegmentCounter() {
    }
}

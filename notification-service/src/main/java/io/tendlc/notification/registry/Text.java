package io.tendlc.notification.registry;

/** Text from other services, made fit for a title or a sentence: one line, printable, not too long. */
final class Text {

    static final int NAME_LENGTH = 80;
    static final int REASON_LENGTH = 500;

    private Text() {
    }

    /** One line of printable text, at most {@link #NAME_LENGTH} characters; "" for none. */
    static String line(String value) {
        return line(value, NAME_LENGTH);
    }

    static String line(String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String line = value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= maxLength) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, maxLength - 1)).strip() + "…";
    }

    /** A reason as the end of a sentence: trimmed, without its own final full stop. */
    static String reason(String value) {
        String reason = line(value, REASON_LENGTH);
        while (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1).strip();
        }
        return reason;
    }
}

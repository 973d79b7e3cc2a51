package io.tendlc.platform.privacy;

/** Masks personal data before it reaches a log line. */
public final class Pii {

    /** {@code +15551234567 -> +1555***4567}: enough to correlate, not enough to text someone. */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() <= 6) {
            return "***";
        }
        return phone.substring(0, Math.min(5, phone.length() - 4)) + "***" + phone.substring(phone.length() - 4);
    }

    /** {@code jane.doe@example.com -> j***@example.com}. */
    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    private Pii() {
    }
}

package io.tendlc.contact.imports;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * US phone numbers to E.164 with libphonenumber (one shared, thread-safe {@link PhoneNumberUtil}; default region
 * US). Anything that is not a valid US number is refused with a reason a person can act on.
 *
 * <p>libphonenumber's regular expressions cost ~10 µs a number — most of an import's CPU. Spreadsheet numbers are
 * nearly always plain US spellings ({@code (212) 200-0001}, {@code 212.200.0001}, {@code +1 212 200 0001},
 * {@code 12122000001}); for those the digits are read directly, and whether the number is a valid US one is asked
 * of libphonenumber once per NPA-NXX (area code and exchange, the first six digits) and remembered: in the NANP
 * metadata validity never depends on the last four digits (checked exhaustively against libphonenumber, and kept
 * honest by a test). Any other spelling, and every refusal, goes through libphonenumber itself.
 */
final class PhoneNormalizer {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final byte UNKNOWN = 0;
    private static final byte VALID_US = 1;
    private static final byte NOT_VALID_US = 2;
    /** Per NPA-NXX: what libphonenumber said about a number in it (benign races: every writer writes the same). */
    private static final byte[] PREFIXES = new byte[1_000_000];

    /** Either {@code nationalNumber > 0} (valid US number) or a {@code reason}. */
    record Result(long nationalNumber, String reason) {
        String e164() {
            return "+1" + nationalNumber;
        }
    }

    static Result normalize(String raw) {
        long national = plainUsDigits(raw);
        if (national > 0) {
            int prefix = (int) (national / 10_000);
            byte known = PREFIXES[prefix];
            if (known == VALID_US) {
                return new Result(national, null);
            }
            if (known == UNKNOWN) {
                Result result = libphonenumber(raw);
                if (result.reason() == null && result.nationalNumber() == national) {
                    PREFIXES[prefix] = VALID_US;
                } else if (result.reason() != null) {
                    PREFIXES[prefix] = NOT_VALID_US;
                }
                return result;
            }
        }
        return libphonenumber(raw);
    }

    /**
     * The ten national digits of a plain US spelling — digits with spaces, parentheses, dashes or dots, optionally
     * preceded by 1 or +1 — or -1 for anything else (letters, extensions, other country codes, 0/1 area codes).
     */
    static long plainUsDigits(String raw) {
        if (raw == null) {
            return -1;
        }
        int n = raw.length();
        int i = 0;
        boolean plus = n > 0 && raw.charAt(0) == '+';
        if (plus) {
            i = 1;
        }
        long value = 0;
        int digits = 0;
        for (; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 11) {
                    return -1;
                }
                value = value * 10 + (c - '0');
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return -1;
            }
        }
        if (digits == 11 && value / 10_000_000_000L == 1) {
            value -= 10_000_000_000L;
        } else if (digits != 10 || plus) {
            return -1;
        }
        return value >= 2_000_000_000L ? value : -1;
    }

    /** libphonenumber all the way: any spelling, with the reason when it is not a valid US number. */
    static Result libphonenumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Result(0, "missing phone number");
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(raw, "US");
        } catch (NumberParseException e) {
            return new Result(0, "invalid phone number: " + switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> "unknown country code";
                case NOT_A_NUMBER -> "not a phone number";
                case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short";
                case TOO_LONG -> "too long";
            });
        }
        if (number.getCountryCode() != 1) {
            return new Result(0, "not a US number (country code +" + number.getCountryCode() + ")");
        }
        String region = UTIL.getRegionCodeForNumber(number);
        if (region == null) {
            return new Result(0, "invalid phone number: " + switch (UTIL.isPossibleNumberWithReason(number)) {
                case TOO_SHORT -> "too short";
                case TOO_LONG -> "too long";
                default -> "no such US number";
            });
        }
        if (!"US".equals(region)) {
            return new Result(0, "not a US number (region " + region + ")");
        }
        return new Result(number.getNationalNumber(), null);
    }

    private PhoneNormalizer() {
    }
}

package io.tendlc.contact.phones;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * US phone numbers as people type them ({@code (512) 555-0100}, {@code 512.555.0100}, {@code +1 512 555 0100},
 * {@code 1-512-555-0100}) to E.164, with the reason when a number is refused. 10DLC is US messaging: numbers of
 * other countries, Canada and the other NANP countries included, are refused.
 */
public final class PhoneNumbers {

    private static final String REGION = "US";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();

    /** A refused number: the problem answered is 422 {@code invalid-phone} with the reason. */
    public static final class InvalidPhone extends ApiProblem {
        private final String reason;

        InvalidPhone(String reason) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-phone", "Invalid phone number", reason,
                    Map.of("reason", reason));
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** The number in E.164 ({@code +15125550100}); throws {@link InvalidPhone} with the reason otherwise. */
    public static String normalize(String raw) {
        return toE164(parse(raw));
    }

    /** The number in E.164, if it is a valid US number. */
    public static Optional<String> tryNormalize(String raw) {
        try {
            return Optional.of(normalize(raw));
        } catch (InvalidPhone e) {
            return Optional.empty();
        }
    }

    /**
     * The IANA time zone of a number's area code ({@code America/Chicago} for 512); empty when the number does not
     * say (toll-free and other non-geographic codes map to every NANP zone). The few area codes spanning two zones get
     * the zone most of their people live in.
     */
    public static Optional<String> timeZoneOf(String e164) {
        PhoneNumber number;
        try {
            number = UTIL.parse(e164, REGION);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
        List<String> zones = ZONES.getTimeZonesForNumber(number).stream()
                .filter(z -> !z.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())).toList();
        if (zones.isEmpty() || zones.size() > 3) {
            return Optional.empty();
        }
        String nsn = UTIL.getNationalSignificantNumber(number);
        String main = nsn.length() >= 3 ? MAIN_ZONE.get(nsn.substring(0, 3)) : null;
        return Optional.of(main != null && zones.contains(main) ? main : zones.getFirst());
    }

    /**
     * Per NPA-NXX (area code and exchange, the first six digits): its zone, "" when it has none, null while not yet
     * looked up. libphonenumber keeps NANP zones per area code, except in area codes split between zones, where the
     * exchange decides (208-215 is Pacific, 208-200 Mountain).
     */
    private static final String[] EXCHANGE_ZONES = new String[1_000_000];

    /**
     * {@link #timeZoneOf} a valid US number given by its ten national digits, remembered per NPA-NXX (an import asks
     * once per row); checked against libphonenumber by a test.
     */
    public static String timeZoneOfExchange(long nationalNumber) {
        int prefix = (int) (nationalNumber / 10_000);
        if (prefix < 200_000 || prefix > 999_999) {
            return null;
        }
        String zone = EXCHANGE_ZONES[prefix];
        if (zone == null) {
            zone = timeZoneOf("+1" + nationalNumber).orElse("");
            EXCHANGE_ZONES[prefix] = zone; // benign race: every thread computes the same value
        }
        return zone.isEmpty() ? null : zone;
    }

    /** Area codes split between zones, and the zone of most of their subscribers. */
    private static final Map<String, String> MAIN_ZONE = Map.of(
            "907", "America/Anchorage",   // Alaska; the Aleutians west of 169°30' are America/Adak
            "775", "America/Los_Angeles", // northern Nevada; West Wendover keeps Mountain time
            "986", "America/Boise",       // Idaho: the south is Mountain, the panhandle Pacific
            "208", "America/Boise");

    private static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhone("The phone number is empty.");
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(raw.trim(), REGION);
        } catch (NumberParseException e) {
            throw new InvalidPhone(switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> "The country calling code is not valid.";
                case NOT_A_NUMBER -> "This is not a phone number.";
                case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "The phone number is too short.";
                case TOO_LONG -> "The phone number is too long.";
            });
        }
        String region = UTIL.getRegionCodeForNumber(number);
        if (number.getCountryCode() != 1 || (region != null && !REGION.equals(region))) {
            throw new InvalidPhone("Only US numbers can be contacts; this number is "
                    + (region == null ? "of country code +" + number.getCountryCode() : "from " + region) + ".");
        }
        if (!UTIL.isValidNumber(number)) {
            throw new InvalidPhone(switch (UTIL.isPossibleNumberWithReason(number)) {
                case TOO_SHORT -> "The phone number is too short (a US number has 10 digits).";
                case TOO_LONG -> "The phone number is too long (a US number has 10 digits).";
                case INVALID_LENGTH -> "A US number has 10 digits.";
                case INVALID_COUNTRY_CODE -> "The country calling code is not valid.";
                default -> "This is not an assigned US number (unknown area code or exchange).";
            });
        }
        return number;
    }

    private static String toE164(PhoneNumber number) {
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    private PhoneNumbers() {
    }
}

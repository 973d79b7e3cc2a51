package io.tendlc.simulators.twilio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The numbers "for sale" in an area code: a fixed, repeatable list per area code (the same every run, so a
 * test or a demo script can rely on it), from which the account's own numbers are left out by the caller.
 */
final class AvailableNumbers {

    static final int PER_AREA_CODE = 400;

    /** Searches without an area code draw from these, in this order, as Twilio draws from the whole US. */
    static final List<String> DEFAULT_AREA_CODES = List.of("415", "212", "312", "512", "206");

    private static final Pattern AREA_CODE = Pattern.compile("[2-9][0-8][0-9]");
    private static final Pattern CONTAINS = Pattern.compile("\\+?[0-9A-Za-z*]{2,16}");

    private static final Map<String, Place> PLACES = Map.ofEntries(
            Map.entry("206", new Place("Seattle", "WA")), Map.entry("212", new Place("New York", "NY")),
            Map.entry("213", new Place("Los Angeles", "CA")), Map.entry("303", new Place("Denver", "CO")),
            Map.entry("305", new Place("Miami", "FL")), Map.entry("312", new Place("Chicago", "IL")),
            Map.entry("404", new Place("Atlanta", "GA")), Map.entry("405", new Place("Oklahoma City", "OK")),
            Map.entry("410", new Place("Baltimore", "MD")), Map.entry("415", new Place("San Francisco", "CA")),
            Map.entry("512", new Place("Austin", "TX")), Map.entry("617", new Place("Boston", "MA")),
            Map.entry("702", new Place("Las Vegas", "NV")), Map.entry("917", new Place("New York", "NY")));

    private static final Map<String, List<String>> BY_AREA_CODE = new ConcurrentHashMap<>();

    private AvailableNumbers() {
    }

    static boolean isAreaCode(String areaCode) {
        return areaCode != null && AREA_CODE.matcher(areaCode).matches();
    }

    /** The area code's numbers in E.164, always the same ones in the same order. */
    static List<String> inAreaCode(String areaCode) {
        return isAreaCode(areaCode) ? BY_AREA_CODE.computeIfAbsent(areaCode, AvailableNumbers::generate) : List.of();
    }

    private static List<String> generate(String areaCode) {
        SplittableRandom random = new SplittableRandom(Long.parseLong(areaCode) * 7_919L);
        Set<String> numbers = new LinkedHashSet<>();
        while (numbers.size() < PER_AREA_CODE) {
            int exchange = 200 + random.nextInt(800);
            if (exchange % 100 == 11 || exchange == 555) {
                continue; // N11 codes are service codes; 555 is for fiction and directory assistance
            }
            numbers.add("+1" + areaCode + exchange + String.format("%04d", random.nextInt(10_000)));
        }
        return List.copyOf(numbers);
    }

    /** Whether the simulator ever offers this number (so it can be bought). */
    static boolean offers(String e164) {
        return e164 != null && e164.matches("\\+1[2-9][0-9]{9}") && inAreaCode(e164.substring(2, 5)).contains(e164);
    }

    /**
     * Twilio's {@code Contains}: digits, letters (read as keypad digits) and {@code *} for any one digit, matched
     * anywhere in the ten-digit national number, or from the start when the pattern begins with +1.
     */
    static Predicate<String> contains(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return e164 -> true;
        }
        if (!CONTAINS.matcher(pattern).matches()) {
            throw TwilioApiException.badRequest(21452, "Invalid Contains pattern: " + pattern);
        }
        boolean anchored = pattern.startsWith("+1");
        String digits = keypad(anchored ? pattern.substring(2) : pattern.replace("+", ""));
        Pattern regex = Pattern.compile((anchored ? "^" : "") + digits.replace("*", "[0-9]"));
        return e164 -> regex.matcher(e164.substring(2)).find();
    }

    static List<Available> search(String areaCode, String contains, int pageSize, Predicate<String> owned) {
        List<String> areaCodes = areaCode == null || areaCode.isBlank() ? DEFAULT_AREA_CODES : List.of(areaCode);
        Predicate<String> matches = contains(contains);
        List<Available> found = new ArrayList<>();
        for (String code : areaCodes) {
            for (String e164 : inAreaCode(code)) {
                if (found.size() == pageSize) {
                    return found;
                }
                if (matches.test(e164) && !owned.test(e164)) {
                    found.add(describe(e164));
                }
            }
        }
        return found;
    }

    static Available describe(String e164) {
        String areaCode = e164.substring(2, 5);
        Place place = PLACES.get(areaCode);
        return new Available(e164, friendlyName(e164), place == null ? null : place.locality(),
                place == null ? null : place.region());
    }

    /** (415) 555-0123, as Twilio names a US number. */
    static String friendlyName(String e164) {
        return "(" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8);
    }

    private static String keypad(String pattern) {
        StringBuilder digits = new StringBuilder(pattern.length());
        for (char c : pattern.toUpperCase(Locale.ROOT).toCharArray()) {
            digits.append(Character.isLetter(c) ? "22233344455566677778889999".charAt(c - 'A') : c);
        }
        return digits.toString();
    }

    record Available(String e164, String friendlyName, String locality, String region) {
    }

    private record Place(String locality, String region) {
    }
}

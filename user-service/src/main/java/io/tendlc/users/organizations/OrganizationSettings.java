package io.tendlc.users.organizations;

import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings an organization may keep, all optional: quiet hours (local {@code HH:mm}, in the organization's time
 * zone; both or neither) and the sender number used when a message names none.
 */
public record OrganizationSettings(String quietHoursStart, String quietHoursEnd, String defaultSenderNumber) {

    static final String QUIET_HOURS_START = "quietHoursStart";
    static final String QUIET_HOURS_END = "quietHoursEnd";
    static final String DEFAULT_SENDER_NUMBER = "defaultSenderNumber";
    static final Set<String> KEYS = Set.of(QUIET_HOURS_START, QUIET_HOURS_END, DEFAULT_SENDER_NUMBER);

    private static final Pattern LOCAL_TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    static final OrganizationSettings NONE = new OrganizationSettings(null, null, null);

    /** Settings as stored (keys this version does not know are dropped). */
    static OrganizationSettings of(Map<String, ?> stored) {
        return new OrganizationSettings(string(stored.get(QUIET_HOURS_START)), string(stored.get(QUIET_HOURS_END)),
                string(stored.get(DEFAULT_SENDER_NUMBER)));
    }

    /**
     * These settings with {@code patch} applied: a key with a value sets it, a key with null clears it, an absent
     * key stays. Refuses (400 {@code invalid-settings}) unknown keys and invalid values, listing every problem.
     */
    OrganizationSettings merge(Map<String, ?> patch) {
        Map<String, Object> merged = new LinkedHashMap<>(asMap());
        List<Map<String, String>> errors = new ArrayList<>();
        patch.forEach((key, value) -> {
            if (!KEYS.contains(key)) {
                errors.add(error(key, "is not a setting; known settings are " + KEYS.stream().sorted().toList()));
            } else if (value == null) {
                merged.remove(key);
            } else if (!(value instanceof String text)) {
                errors.add(error(key, "must be a string"));
            } else {
                merged.put(key, text.strip());
            }
        });
        OrganizationSettings result = errors.isEmpty() ? of(merged) : this;
        errors.addAll(result.problems());
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-settings", "Invalid settings",
                    errors.stream().map(e -> e.get("field") + ": " + e.get("message")).sorted()
                            .reduce((a, b) -> a + "; " + b).orElseThrow(),
                    Map.of("errors", errors));
        }
        return result;
    }

    /** The settings that are set, as stored. */
    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (quietHoursStart != null) {
            map.put(QUIET_HOURS_START, quietHoursStart);
        }
        if (quietHoursEnd != null) {
            map.put(QUIET_HOURS_END, quietHoursEnd);
        }
        if (defaultSenderNumber != null) {
            map.put(DEFAULT_SENDER_NUMBER, defaultSenderNumber);
        }
        return map;
    }

    private List<Map<String, String>> problems() {
        List<Map<String, String>> errors = new ArrayList<>();
        for (String key : List.of(QUIET_HOURS_START, QUIET_HOURS_END)) {
            String value = asMap().get(key);
            if (value != null && !LOCAL_TIME.matcher(value).matches()) {
                errors.add(error(key, "must be a local time HH:mm such as 21:00"));
            }
        }
        if ((quietHoursStart == null) != (quietHoursEnd == null)) {
            errors.add(error("quietHours", "quietHoursStart and quietHoursEnd are set together"));
        } else if (quietHoursStart != null && quietHoursStart.equals(quietHoursEnd)) {
            errors.add(error("quietHours", "quietHoursStart and quietHoursEnd must differ"));
        }
        if (defaultSenderNumber != null && !E164.matcher(defaultSenderNumber).matches()) {
            errors.add(error(DEFAULT_SENDER_NUMBER, "must be an E.164 number such as +15551234567"));
        }
        return errors;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", "settings." + field, "message", message);
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }
}

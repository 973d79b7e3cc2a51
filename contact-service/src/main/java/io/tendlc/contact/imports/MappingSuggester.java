package io.tendlc.contact.imports;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses which contact field each column holds, from its header: the names spreadsheets and CRMs use for a
 * phone (phone, mobile, cell…), names, email, tags, time zone, and the organization's own custom field keys.
 * Only the first phone-like column is suggested as the phone; anything unrecognised is {@code ignore}.
 */
final class MappingSuggester {

    private static final Map<String, String> KNOWN = known();

    static Map<String, String> suggest(List<String> header, Set<String> customFieldKeys) {
        Map<String, String> custom = new LinkedHashMap<>();
        customFieldKeys.forEach(k -> custom.put(normalize(k), ImportField.CUSTOM_PREFIX + k));
        Map<String, String> mapping = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String column : header) {
            String key = normalize(column);
            String field = KNOWN.get(key);
            if (field == null && (key.contains("phone") || key.contains("mobile") || key.contains("cell"))) {
                field = ImportField.PHONE.key();
            }
            if (field == null) {
                field = custom.get(key);
            }
            if (field == null || !used.add(field)) {
                field = ImportField.IGNORE;
            }
            mapping.put(column, field);
        }
        return mapping;
    }

    static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, String> known() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String s : List.of("phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "cell", "cellphone",
                "cellnumber", "tel", "telephone", "msisdn", "sms", "number", "contactnumber", "phoneno", "mobileno")) {
            m.put(s, ImportField.PHONE.key());
        }
        for (String s : List.of("firstname", "first", "fname", "givenname", "forename", "prenom")) {
            m.put(s, ImportField.FIRST_NAME.key());
        }
        for (String s : List.of("lastname", "last", "lname", "surname", "familyname", "nom")) {
            m.put(s, ImportField.LAST_NAME.key());
        }
        for (String s : List.of("email", "emailaddress", "mail", "email1", "emailid")) {
            m.put(s, ImportField.EMAIL.key());
        }
        for (String s : List.of("tags", "tag", "labels", "label", "groups", "segments")) {
            m.put(s, ImportField.TAGS.key());
        }
        for (String s : List.of("timezone", "tz", "zone")) {
            m.put(s, ImportField.TIME_ZONE.key());
        }
        return Map.copyOf(m);
    }

    private MappingSuggester() {
    }
}

package io.tendlc.contact.imports;

import io.tendlc.contact.phones.PhoneNumbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one CSV record into a staging row (COPY text) or a reason to reject it. Values are stripped; an empty
 * cell means "no value" (an import fills and updates contacts, it never erases what they hold).
 */
final class RowEncoder {

    /** contact's columns as the import writes them (created_at and updated_at take their default, now()). */
    static final String CONTACT_COLUMNS = "(id, organization_id, phone, first_name, last_name, email, time_zone, "
            + "time_zone_derived, custom_fields, tags, consent_status, consent_source, consent_at, import_id)";
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final int MAX_VALUE = 1000;

    private final FieldMapping mapping;
    private final String organization;
    private final String constants;
    private final StringBuilder scratch = new StringBuilder(256);

    // the values of the row being encoded, validated before anything is written
    private String firstName;
    private String lastName;
    private String email;
    private String timeZone;
    private String customJson;
    private String tagsLiteral;

    /**
     * @param constants the columns every row of the import shares, from consent_status to import_id, as COPY text
     *                  starting with a tab
     */
    RowEncoder(FieldMapping mapping, java.util.UUID organizationId, String constants) {
        this.mapping = mapping;
        this.organization = organizationId.toString();
        this.constants = constants;
    }

    /** The consent columns and the import id: the same for every row. */
    static String constants(String consentSource, java.time.Instant consentAt, java.util.UUID importId) {
        CopyBuffer b = new CopyBuffer(256);
        b.startField(); // a placeholder first field, so the next ones start with a tab
        b.plain(consentSource == null ? "NONE" : "OPTED_IN").text(consentSource)
                .text(consentSource == null ? null : consentAt.toString()).plain(importId.toString());
        return new String(b.bytes(), 0, b.length(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String field(List<String> fields, int index) {
        if (index < 0 || index >= fields.size()) {
            return null;
        }
        String v = fields.get(index).strip();
        return v.isEmpty() ? null : v;
    }

    /** Validates the row's other fields; null when fine, else the reason to reject it. */
    String validate(List<String> fields) {
        firstName = field(fields, mapping.firstName());
        lastName = field(fields, mapping.lastName());
        email = field(fields, mapping.email());
        timeZone = field(fields, mapping.timeZone());
        if (tooLong(firstName) || tooLong(lastName) || tooLong(email)) {
            return "value longer than " + MAX_VALUE + " characters";
        }
        if (email != null && !looksLikeEmail(email)) {
            return "invalid email address";
        }
        if (timeZone != null && !ZONES.contains(timeZone)) {
            return "unknown time zone '" + timeZone + "' (use an IANA name such as America/Chicago)";
        }
        String reason = customFields(fields);
        if (reason != null) {
            return reason;
        }
        tagsLiteral = tags(field(fields, mapping.tags()));
        return null;
    }

    /**
     * Writes the validated row (call after {@link #validate} returned null) in contact's column layout; a repeat
     * (occurrence above 1) also carries its occurrence, for the staging table. Without a time zone in the file the
     * area code's is written, marked as derived.
     */
    void write(CopyBuffer out, String id, long nationalNumber, String e164, int occurrence) {
        String zone = timeZone != null ? timeZone : PhoneNumbers.timeZoneOfExchange(nationalNumber);
        out.plain(id).plain(organization).plain(e164).text(firstName).text(lastName).text(email).text(zone)
                .plain(timeZone == null && zone != null ? "t" : "f")
                .text(customJson == null ? "{}" : customJson).text(tagsLiteral == null ? "{}" : tagsLiteral);
        out.ascii(constants);
        if (occurrence > 1) {
            out.number(occurrence);
        }
        out.endRow();
    }

    static String raw(List<String> fields, char delimiter) {
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            String f = fields.get(i);
            if (f.indexOf(delimiter) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    private static boolean tooLong(String v) {
        return v != null && v.length() > MAX_VALUE;
    }

    private static boolean looksLikeEmail(String v) {
        int at = v.indexOf('@');
        if (at <= 0 || at != v.lastIndexOf('@') || at == v.length() - 1) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isWhitespace(v.charAt(i))) {
                return false;
            }
        }
        return v.indexOf('.', at) > at + 1 && !v.endsWith(".");
    }

    private String customFields(List<String> fields) {
        customJson = null;
        if (mapping.custom().isEmpty()) {
            return null;
        }
        StringBuilder json = scratch;
        json.setLength(0);
        json.append('{');
        for (FieldMapping.CustomColumn column : mapping.custom()) {
            String v = field(fields, column.index());
            if (v == null) {
                continue;
            }
            String value;
            switch (column.type()) {
                case "NUMBER" -> {
                    try {
                        value = new BigDecimal(v.replace(",", "")).toPlainString();
                    } catch (NumberFormatException e) {
                        return "field " + column.key() + ": '" + v + "' is not a number";
                    }
                }
                case "BOOLEAN" -> {
                    value = switch (v.toLowerCase(Locale.ROOT)) {
                        case "true", "yes", "y", "1" -> "true";
                        case "false", "no", "n", "0" -> "false";
                        default -> null;
                    };
                    if (value == null) {
                        return "field " + column.key() + ": '" + v + "' is not true/false";
                    }
                }
                case "DATE" -> {
                    LocalDate date = date(v);
                    if (date == null) {
                        return "field " + column.key() + ": '" + v + "' is not a date (YYYY-MM-DD or M/D/YYYY)";
                    }
                    value = jsonString(date.toString());
                }
                default -> {
                    if (tooLong(v)) {
                        return "value longer than " + MAX_VALUE + " characters";
                    }
                    value = jsonString(v);
                }
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(jsonString(column.key())).append(':').append(value);
        }
        json.append('}');
        customJson = json.length() == 2 ? null : json.toString();
        return null;
    }

    private static LocalDate date(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v, US_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Tags separated by commas, semicolons or pipes, as a PostgreSQL array literal; null when none. */
    static String tags(String cell) {
        if (cell == null) {
            return null;
        }
        Set<String> tags = new LinkedHashSet<>();
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || cell.charAt(i) == ',' || cell.charAt(i) == ';' || cell.charAt(i) == '|') {
                String tag = cell.substring(start, i).strip();
                if (!tag.isEmpty() && tag.length() <= 100) {
                    tags.add(tag);
                }
                start = i + 1;
            }
        }
        if (tags.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(cell.length() + 8).append('{');
        for (String tag : tags) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"');
            for (int i = 0; i < tag.length(); i++) {
                char c = tag.charAt(i);
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == 0) {
                        continue; // jsonb cannot hold \u0000
                    }
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

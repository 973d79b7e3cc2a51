package io.tendlc.contact.imports;

import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A validated mapping of the file's columns (by position) to contact fields: exactly one phone column, each
 * standard field at most once, custom fields only among the organization's defined ones.
 */
record FieldMapping(int phone, int firstName, int lastName, int email, int tags, int timeZone,
                    List<CustomColumn> custom) {

    /** A column holding a typed custom field (TEXT, NUMBER, DATE, BOOLEAN). */
    record CustomColumn(int index, String key, String type) {
    }

    static FieldMapping of(List<String> header, Map<String, String> mapping, Map<String, String> customFieldTypes) {
        int[] standard = new int[ImportField.values().length];
        java.util.Arrays.fill(standard, -1);
        List<CustomColumn> custom = new ArrayList<>();
        List<String> customKeys = new ArrayList<>();
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            int index = header.indexOf(e.getKey());
            if (index < 0) {
                throw invalid("unknown-column", "The file has no column named '" + e.getKey() + "'.");
            }
            String target = e.getValue() == null ? ImportField.IGNORE : e.getValue().strip();
            if (target.equals(ImportField.IGNORE) || target.isEmpty()) {
                continue;
            }
            if (target.startsWith(ImportField.CUSTOM_PREFIX)) {
                String key = target.substring(ImportField.CUSTOM_PREFIX.length());
                String type = customFieldTypes.get(key);
                if (type == null) {
                    throw invalid("unknown-field", "'" + key + "' is not one of the organization's custom fields; "
                            + "define it under /api/v1/contacts/fields first.");
                }
                if (customKeys.contains(key)) {
                    throw invalid("duplicate-field", "Only one column can be mapped to " + target + ".");
                }
                customKeys.add(key);
                custom.add(new CustomColumn(index, key, type));
                continue;
            }
            ImportField field = ImportField.of(target).orElseThrow(() -> invalid("unknown-field",
                    "'" + target + "' is not a contact field: use phone, first_name, last_name, email, tags, "
                            + "time_zone, field.<custom key> or ignore."));
            if (standard[field.ordinal()] >= 0) {
                throw invalid("duplicate-field", "Only one column can be mapped to " + target + ".");
            }
            standard[field.ordinal()] = index;
        }
        if (standard[ImportField.PHONE.ordinal()] < 0) {
            throw invalid("phone-column-required", "Map one column to phone.");
        }
        return new FieldMapping(standard[ImportField.PHONE.ordinal()], standard[ImportField.FIRST_NAME.ordinal()],
                standard[ImportField.LAST_NAME.ordinal()], standard[ImportField.EMAIL.ordinal()],
                standard[ImportField.TAGS.ordinal()], standard[ImportField.TIME_ZONE.ordinal()], List.copyOf(custom));
    }

    private static ApiProblem invalid(String type, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, type, "Invalid mapping", detail);
    }
}

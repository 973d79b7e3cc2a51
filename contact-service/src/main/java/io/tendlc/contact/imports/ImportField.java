package io.tendlc.contact.imports;

import java.util.Arrays;
import java.util.Optional;

/** The contact fields a CSV column can be mapped to, besides {@code field.<custom key>} and {@code ignore}. */
enum ImportField {
    PHONE("phone"), FIRST_NAME("first_name"), LAST_NAME("last_name"), EMAIL("email"), TAGS("tags"),
    TIME_ZONE("time_zone");

    static final String IGNORE = "ignore";
    static final String CUSTOM_PREFIX = "field.";

    private final String key;

    ImportField(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static Optional<ImportField> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}

package io.tendlc.contact.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The type of a custom field, and what a value of it may be. Values are stored as JSON of that type. */
public enum FieldType {

    /** Any text up to 1,000 characters (numbers and booleans are taken as their text). */
    TEXT,
    /** A number (a JSON number or a numeric string); stored as a JSON number. */
    NUMBER,
    /** A calendar date {@code YYYY-MM-DD}; stored as that string, so it sorts as a date. */
    DATE,
    /** true or false (also the strings "true"/"false"); stored as a JSON boolean. */
    BOOLEAN;

    static final int MAX_TEXT = 1000;

    public static Optional<FieldType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The value as stored (String, BigDecimal or Boolean), or empty when it is not a value of this type.
     * Null is not a value (it removes the field and is handled by the caller).
     */
    public Optional<Object> coerce(Object value) {
        return switch (this) {
            case TEXT -> value instanceof String || value instanceof Number || value instanceof Boolean
                    ? Optional.of(value.toString()).filter(s -> s.length() <= MAX_TEXT).map(s -> s) : Optional.empty();
            case NUMBER -> number(value).map(n -> n);
            case DATE -> value instanceof String s ? date(s).map(LocalDate::toString) : Optional.empty();
            case BOOLEAN -> value instanceof Boolean b ? Optional.of(b)
                    : value instanceof String s && (s.trim().equalsIgnoreCase("true") || s.trim().equalsIgnoreCase("false"))
                    ? Optional.of(Boolean.parseBoolean(s.trim())) : Optional.empty();
        };
    }

    /** What a value of this type looks like, for error messages. */
    public String expected() {
        return switch (this) {
            case TEXT -> "text of at most " + MAX_TEXT + " characters";
            case NUMBER -> "a number";
            case DATE -> "a date YYYY-MM-DD";
            case BOOLEAN -> "true or false";
        };
    }

    public static Optional<BigDecimal> number(Object value) {
        if (value instanceof Number || value instanceof String) {
            try {
                BigDecimal n = new BigDecimal(value.toString().trim());
                return n.precision() > 38 ? Optional.empty() : Optional.of(n);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

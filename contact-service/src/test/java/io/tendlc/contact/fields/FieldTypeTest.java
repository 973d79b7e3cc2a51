package io.tendlc.contact.fields;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FieldTypeTest {

    @Test
    void textTakesTextAndTheTextOfScalars() {
        assertThat(FieldType.TEXT.coerce("Austin")).contains("Austin");
        assertThat(FieldType.TEXT.coerce(42)).contains("42");
        assertThat(FieldType.TEXT.coerce(true)).contains("true");
        assertThat(FieldType.TEXT.coerce("x".repeat(1001))).isEmpty();
        assertThat(FieldType.TEXT.coerce(java.util.List.of("a"))).isEmpty();
        assertThat(FieldType.TEXT.coerce(java.util.Map.of("a", 1))).isEmpty();
    }

    @Test
    void numbersAreNumbersOrNumericStrings() {
        assertThat(FieldType.NUMBER.coerce(42)).contains(new BigDecimal("42"));
        assertThat(FieldType.NUMBER.coerce(2.5)).contains(new BigDecimal("2.5"));
        assertThat(FieldType.NUMBER.coerce(" -17.25 ")).contains(new BigDecimal("-17.25"));
        assertThat(FieldType.NUMBER.coerce("forty")).isEmpty();
        assertThat(FieldType.NUMBER.coerce(true)).isEmpty();
        assertThat(FieldType.NUMBER.coerce("1e400000000000")).isEmpty();
    }

    @Test
    void datesAreCalendarDates() {
        assertThat(FieldType.DATE.coerce("2026-02-28")).contains("2026-02-28");
        assertThat(FieldType.DATE.coerce("2026-02-30")).isEmpty();
        assertThat(FieldType.DATE.coerce("02/28/2026")).isEmpty();
        assertThat(FieldType.DATE.coerce(20260228)).isEmpty();
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertThat(FieldType.BOOLEAN.coerce(true)).contains(true);
        assertThat(FieldType.BOOLEAN.coerce("FALSE")).contains(false);
        assertThat(FieldType.BOOLEAN.coerce("yes")).isEmpty();
        assertThat(FieldType.BOOLEAN.coerce(1)).isEmpty();
    }

    @Test
    void typeNamesParseCaseInsensitively() {
        assertThat(FieldType.parse("number")).contains(FieldType.NUMBER);
        assertThat(FieldType.parse("MONEY")).isEmpty();
    }
}

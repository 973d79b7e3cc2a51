package io.tendlc.contact.segments;

import io.tendlc.contact.fields.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterSqlTest {

    static final Map<String, FieldType> FIELDS = Map.of("city", FieldType.TEXT, "age", FieldType.NUMBER,
            "birthday", FieldType.DATE, "member", FieldType.BOOLEAN);

    @Test
    void valuesAreBoundNeverWritten() {
        SqlCondition c = FilterSql.compile("first_name = \"Robert'); drop table contact; --\" and field.city contains \"50%_off\"",
                FIELDS);
        assertThat(c.sql()).doesNotContain("Robert").doesNotContain("drop").doesNotContain("50");
        assertThat(c.params()).containsExactly("Robert'); drop table contact; --", "city", "%50\\%\\_off%");
        assertThat(c.sql().chars().filter(ch -> ch == '?').count()).isEqualTo(c.params().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"field.x\" = \"1", "field.city'; drop table contact; -- = \"a\"", "phone; = \"1\"",
            "field.ci\\ty = \"a\"", "field.\"city\" = \"a\""})
    void injectionThroughFieldNamesFailsToParseOrToResolve(String filter) {
        assertThatThrownBy(() -> FilterSql.compile(filter, FIELDS)).isInstanceOf(InvalidFilter.class);
    }

    @Test
    void customFieldKeysAreBoundToo() {
        SqlCondition c = FilterSql.compile("field.age >= 21 and field.member = true and field.birthday < \"2000-01-01\"",
                FIELDS);
        assertThat(c.params()).containsExactly("age", "age", new BigDecimal("21"), "member", true, "birthday", "birthday",
                java.sql.Date.valueOf("2000-01-01"));
    }

    @Test
    void phonesAreComparedInE164() {
        assertThat(FilterSql.compile("phone = \"(512) 555-0100\"", FIELDS).params()).containsExactly("+15125550100");
        assertThat(FilterSql.compile("phone contains \"555\"", FIELDS).params()).containsExactly("%555%");
    }

    @Test
    void aDayIsTheWholeDay() {
        SqlCondition gt = FilterSql.compile("created_at > \"2026-01-01\"", FIELDS);
        assertThat(gt.sql()).contains("c.created_at >= ?");
        assertThat(gt.params()).containsExactly(java.sql.Timestamp.from(java.time.Instant.parse("2026-01-02T00:00:00Z")));
        SqlCondition eq = FilterSql.compile("created_at = \"2026-01-01\"", FIELDS);
        assertThat(eq.params()).hasSize(2);
    }

    @Test
    void typeAndOperatorMistakesSayWhere() {
        assertThat(position("field.age > \"old\"")).isEqualTo(12);
        assertThat(position("field.member > true")).isEqualTo(13);
        assertThat(position("field.birthday = \"tomorrow\"")).isEqualTo(17);
        assertThat(position("consent = \"MAYBE\"")).isEqualTo(10);
        assertThat(position("consent contains \"OPT\"")).isEqualTo(8);
        assertThat(position("created_at > \"soon\"")).isEqualTo(13);
        assertThat(position("tag = \"a\" and field.nope = \"x\"")).isEqualTo(14);
        assertThat(position("tag = \"a\" or shoe_size = 9")).isEqualTo(13);
    }

    private static int position(String filter) {
        try {
            FilterSql.compile(filter, FIELDS);
        } catch (InvalidFilter e) {
            return e.position();
        }
        throw new AssertionError("compiled: " + filter);
    }
}

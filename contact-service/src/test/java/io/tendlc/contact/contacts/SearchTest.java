package io.tendlc.contact.contacts;

import io.tendlc.contact.segments.SqlCondition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTest {

    @Test
    void digitsArePhonePrefixesWithOrWithoutTheCountryCode() {
        SqlCondition c = Search.of("+1 (212) 555");
        assertThat(c.params()).containsExactly("+1212555", "+1212556");
        assertThat(Search.of("1212").params()).containsExactly("+11212", "+11213", "+1212", "+1213");
        assertThat(Search.of("512").sql()).contains("c.phone collate \"C\" >= ?");
    }

    @Test
    void wordsArePrefixesOfNamesAndEmailsAndValuesAreBound() {
        SqlCondition c = Search.of("Ada Love");
        assertThat(c.params()).startsWith("ada", "adb", "love", "lovf");
        assertThat(c.sql()).doesNotContain("ada").doesNotContain("love");
        assertThat(Search.of("x'; drop table contact; --").sql()).doesNotContain("drop");
        assertThat(Search.of("a@b").params()).containsExactly("a@b", "a@c");
        assertThat(Search.of("  ")).isSameAs(SqlCondition.TRUE);
    }

    @Test
    void theUpperBoundIsTheNextStringInCodePointOrder() {
        assertThat(Search.upperBound("abc")).isEqualTo("abd");
        assertThat(Search.upperBound("a\uD7FF")).isEqualTo("a\uE000");
        assertThat(Search.upperBound("é")).isEqualTo("ê");
    }
}

package io.tendlc.contact.segments;

import io.tendlc.contact.segments.Filter.And;
import io.tendlc.contact.segments.Filter.Comparison;
import io.tendlc.contact.segments.Filter.Literal;
import io.tendlc.contact.segments.Filter.Not;
import io.tendlc.contact.segments.Filter.Operator;
import io.tendlc.contact.segments.Filter.Or;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterParserTest {

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        Filter f = FilterParser.parse("tag = \"vip\" and consent = \"OPTED_IN\" or first_name = \"Ann\"");
        assertThat(f).isInstanceOf(Or.class);
        assertThat(((Or) f).left()).isInstanceOf(And.class);

        Filter g = FilterParser.parse("tag = \"vip\" and (consent = \"OPTED_IN\" or first_name = \"Ann\")");
        assertThat(g).isInstanceOf(And.class);
        assertThat(((And) g).right()).isInstanceOf(Or.class);
    }

    @Test
    void theContractExampleParses() {
        Filter f = FilterParser.parse(
                "tag = \"vip\" and consent = \"OPTED_IN\" and (field.city = \"Austin\" or created_at > \"2026-01-01\")");
        assertThat(f).isInstanceOf(And.class);
        Or or = (Or) ((And) f).right();
        assertThat(or.left()).isEqualTo(new Comparison("field.city", 42, Operator.EQ, 53,
                new Literal(Literal.Kind.STRING, "Austin", 55)));
    }

    @Test
    void notNestsAndKeywordsIgnoreCase() {
        Filter f = FilterParser.parse("NOT not tag contains \"v\" AND email != \"a@b.c\"");
        And and = (And) f;
        assertThat(and.left()).isInstanceOf(Not.class);
        assertThat(((Not) ((Not) and.left()).operand()).operand()).isInstanceOf(Comparison.class);
        assertThat(((Comparison) and.right()).operator()).isEqualTo(Operator.NE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "field.age >= 21          | GE | NUMBER  | 21",
            "field.score < -1.5       | LT | NUMBER  | -1.5",
            "field.member = true      | EQ | BOOLEAN | true",
            "field.member != FALSE    | NE | BOOLEAN | false",
            "last_name <= \"M\"       | LE | STRING  | M",
            "first_name > \"\"        | GT | STRING  | ''"})
    void operatorsAndValues(String filter, Operator op, Literal.Kind kind, String text) {
        Comparison c = (Comparison) FilterParser.parse(filter);
        assertThat(c.operator()).isEqualTo(op);
        assertThat(c.value().kind()).isEqualTo(kind);
        assertThat(c.value().text()).isEqualTo(text == null ? "" : text);
    }

    @Test
    void stringsKeepQuotesAndBackslashesEscaped() {
        Comparison c = (Comparison) FilterParser.parse("first_name = \"O\\\"Brien \\\\ co\"");
        assertThat(c.value().text()).isEqualTo("O\"Brien \\ co");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // filter                                 | position | reason contains
            "tag = \"vip\" and                         | 15 | Expected a field name",
            "tag = \"vip\" and and                     | 16 | Expected a field name",
            "tag \"vip\"                               | 4  | Expected an operator",
            "tag = vip                                 | 6  | Expected a value",
            "tag = \"vip                               | 6  | Unterminated string",
            "(tag = \"a\"                              | 10 | Expected )",
            "tag = \"a\")                              | 9  | Expected and, or",
            "tag = \"a\" tag = \"b\"                   | 10 | Expected and, or",
            "tag == \"a\"                              | 5  | Expected a value",
            "tag ! \"a\"                               | 4  | Unexpected '!'",
            "tag = \"a\" ; drop table contact          | 10 | Unexpected character ';'",
            "tag = \"a\" -- comment                    | 10 | Unexpected character '-'",
            "tag = 'a'                                 | 6  | Unexpected character",
            "tag = 12abc                               | 8  | in a number",
            "tag = \"a\\n\"                            | 8  | backslash",
            "and = \"a\"                               | 0  | Expected a field name",
            "tag = \"a\" # x                           | 10 | Unexpected character '#'"})
    void errorsSayWhere(String filter, int position, String reason) {
        assertThatThrownBy(() -> FilterParser.parse(filter)).isInstanceOf(InvalidFilter.class)
                .satisfies(e -> {
                    InvalidFilter invalid = (InvalidFilter) e;
                    assertThat(invalid.position()).as(invalid.getMessage()).isEqualTo(position);
                    assertThat(invalid.getMessage()).contains(reason).contains("at position " + position);
                    assertThat(invalid.type()).isEqualTo("invalid-filter");
                });
    }

    @Test
    void emptyDeepAndHugeFiltersAreRefused() {
        assertThatThrownBy(() -> FilterParser.parse("  ")).isInstanceOf(InvalidFilter.class);
        assertThatThrownBy(() -> FilterParser.parse("(".repeat(500) + "tag = \"a\"" + ")".repeat(500)))
                .isInstanceOf(InvalidFilter.class).hasMessageContaining("nests deeper");
        assertThatThrownBy(() -> FilterParser.parse("not ".repeat(500) + "tag = \"a\""))
                .isInstanceOf(InvalidFilter.class).hasMessageContaining("nests deeper");
        assertThatThrownBy(() -> FilterParser.parse("tag = \"a\" or ".repeat(300) + "tag = \"a\""))
                .isInstanceOf(InvalidFilter.class).hasMessageContaining("more than 200 comparisons");
        assertThatThrownBy(() -> FilterParser.parse("tag = \"" + "a".repeat(20_000) + "\""))
                .isInstanceOf(InvalidFilter.class).hasMessageContaining("longer than");
    }
}

package io.tendlc.contact.segments;

/** A parsed segment filter: comparisons joined by and, or, not. Positions are 0-based offsets in the filter text. */
public sealed interface Filter {

    record And(Filter left, Filter right) implements Filter {
    }

    record Or(Filter left, Filter right) implements Filter {
    }

    record Not(Filter operand) implements Filter {
    }

    /** {@code field op value}, e.g. {@code tag = "vip"}. */
    record Comparison(String field, int fieldPosition, Operator operator, int operatorPosition, Literal value) implements Filter {
    }

    enum Operator {
        EQ("="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<="), CONTAINS("contains");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    /** A value as written: a "string", a number or true/false. */
    record Literal(Kind kind, String text, int position) {
        enum Kind { STRING, NUMBER, BOOLEAN }
    }
}

package io.tendlc.contact.segments;

import io.tendlc.contact.segments.Filter.Comparison;
import io.tendlc.contact.segments.Filter.Literal;
import io.tendlc.contact.segments.Filter.Operator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A recursive-descent parser of the segment filter language (see the module README):
 * <pre>
 * filter     = or
 * or         = and { "or" and }
 * and        = unary { "and" unary }
 * unary      = "not" unary | "(" or ")" | comparison
 * comparison = field operator value
 * field      = name [ "." name ]            (name: letter or _, then letters, digits, _)
 * operator   = "=" | "!=" | ">" | ">=" | "<" | "<=" | "contains"
 * value      = string | number | "true" | "false"   (string: "..." with \" and \\ escapes)
 * </pre>
 * Keywords are case-insensitive. Errors carry the 0-based position where the filter went wrong.
 */
public final class FilterParser {

    static final int MAX_LENGTH = 10_000;
    static final int MAX_DEPTH = 40;
    static final int MAX_COMPARISONS = 200;

    private enum T { LPAREN, RPAREN, WORD, STRING, NUMBER, OP, END }

    private record Token(T type, String text, int position) {
        boolean isKeyword(String keyword) {
            return type == T.WORD && text.equalsIgnoreCase(keyword);
        }
    }

    private final List<Token> tokens;
    private int next;
    private int depth;
    private int comparisons;

    private FilterParser(String source) {
        this.tokens = tokenize(source);
    }

    public static Filter parse(String filter) {
        if (filter == null || filter.isBlank()) {
            throw new InvalidFilter(0, "The filter is empty");
        }
        if (filter.length() > MAX_LENGTH) {
            throw new InvalidFilter(MAX_LENGTH, "The filter is longer than " + MAX_LENGTH + " characters");
        }
        FilterParser parser = new FilterParser(filter);
        Filter result = parser.or();
        Token end = parser.peek();
        if (end.type != T.END) {
            throw new InvalidFilter(end.position, "Expected and, or or the end of the filter but found " + describe(end));
        }
        return result;
    }

    private Filter or() {
        Filter left = and();
        while (peek().isKeyword("or")) {
            next++;
            left = new Filter.Or(left, and());
        }
        return left;
    }

    private Filter and() {
        Filter left = unary();
        while (peek().isKeyword("and")) {
            next++;
            left = new Filter.And(left, unary());
        }
        return left;
    }

    private Filter unary() {
        Token token = peek();
        if (++depth > MAX_DEPTH) {
            throw new InvalidFilter(token.position, "The filter nests deeper than " + MAX_DEPTH + " levels");
        }
        try {
            if (token.isKeyword("not")) {
                next++;
                return new Filter.Not(unary());
            }
            if (token.type == T.LPAREN) {
                next++;
                Filter inner = or();
                Token close = peek();
                if (close.type != T.RPAREN) {
                    throw new InvalidFilter(close.position, "Expected ) but found " + describe(close));
                }
                next++;
                return inner;
            }
            return comparison();
        } finally {
            depth--;
        }
    }

    private Comparison comparison() {
        Token field = peek();
        if (field.type != T.WORD || isReserved(field.text)) {
            throw new InvalidFilter(field.position, "Expected a field name but found " + describe(field));
        }
        next++;
        if (++comparisons > MAX_COMPARISONS) {
            throw new InvalidFilter(field.position, "The filter has more than " + MAX_COMPARISONS + " comparisons");
        }
        Token op = peek();
        Operator operator;
        if (op.type == T.OP) {
            operator = switch (op.text) {
                case "=" -> Operator.EQ;
                case "!=" -> Operator.NE;
                case ">" -> Operator.GT;
                case ">=" -> Operator.GE;
                case "<" -> Operator.LT;
                default -> Operator.LE;
            };
        } else if (op.isKeyword("contains")) {
            operator = Operator.CONTAINS;
        } else {
            throw new InvalidFilter(op.position, "Expected an operator (= != > >= < <= contains) after "
                    + field.text + " but found " + describe(op));
        }
        next++;
        Token value = peek();
        Literal literal = switch (value.type) {
            case STRING -> new Literal(Literal.Kind.STRING, value.text, value.position);
            case NUMBER -> new Literal(Literal.Kind.NUMBER, value.text, value.position);
            case WORD -> value.isKeyword("true") || value.isKeyword("false")
                    ? new Literal(Literal.Kind.BOOLEAN, value.text.toLowerCase(Locale.ROOT), value.position) : null;
            default -> null;
        };
        if (literal == null) {
            throw new InvalidFilter(value.position, "Expected a value (\"text\", a number, true or false) but found "
                    + describe(value));
        }
        next++;
        return new Comparison(field.text, field.position, operator, op.position, literal);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private static boolean isReserved(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "and", "or", "not", "contains", "true", "false" -> true;
            default -> false;
        };
    }

    private static String describe(Token token) {
        return switch (token.type) {
            case END -> "the end of the filter";
            case STRING -> "a string";
            default -> "'" + token.text + "'";
        };
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? T.LPAREN : T.RPAREN, String.valueOf(c), i));
                i++;
            } else if (c == '"') {
                int start = i++;
                StringBuilder text = new StringBuilder();
                while (true) {
                    if (i >= s.length()) {
                        throw new InvalidFilter(start, "Unterminated string (a \" is missing)");
                    }
                    char d = s.charAt(i);
                    if (d == '"') {
                        i++;
                        break;
                    }
                    if (d == '\\') {
                        if (i + 1 >= s.length() || (s.charAt(i + 1) != '"' && s.charAt(i + 1) != '\\')) {
                            throw new InvalidFilter(i, "Only \\\" and \\\\ may follow a backslash in a string");
                        }
                        text.append(s.charAt(i + 1));
                        i += 2;
                    } else {
                        text.append(d);
                        i++;
                    }
                }
                tokens.add(new Token(T.STRING, text.toString(), start));
            } else if (c == '=' ) {
                tokens.add(new Token(T.OP, "=", i++));
            } else if (c == '!' || c == '<' || c == '>') {
                boolean withEquals = i + 1 < s.length() && s.charAt(i + 1) == '=';
                if (c == '!' && !withEquals) {
                    throw new InvalidFilter(i, "Unexpected '!' (did you mean != or not?)");
                }
                tokens.add(new Token(T.OP, withEquals ? c + "=" : String.valueOf(c), i));
                i += withEquals ? 2 : 1;
            } else if (isDigit(c) || ((c == '-' || c == '+' || c == '.') && i + 1 < s.length() && isDigit(s.charAt(i + 1)))) {
                int start = i++;
                while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                String number = s.substring(start, i);
                if (i < s.length() && isWordChar(s.charAt(i))) {
                    throw new InvalidFilter(i, "Unexpected '" + s.charAt(i) + "' in a number (quote text values)");
                }
                try {
                    new java.math.BigDecimal(number);
                } catch (NumberFormatException e) {
                    throw new InvalidFilter(start, "'" + number + "' is not a number");
                }
                tokens.add(new Token(T.NUMBER, number, start));
            } else if (isWordChar(c)) {
                int start = i++;
                while (i < s.length() && (isWordChar(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(T.WORD, s.substring(start, i), start));
            } else {
                throw new InvalidFilter(i, "Unexpected character '" + c + "'");
            }
        }
        tokens.add(new Token(T.END, "", s.length()));
        return tokens;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
    }
}

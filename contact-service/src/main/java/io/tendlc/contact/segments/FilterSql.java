package io.tendlc.contact.segments;

import io.tendlc.contact.phones.PhoneNumbers;
import io.tendlc.contact.fields.FieldType;
import io.tendlc.contact.segments.Filter.Comparison;
import io.tendlc.contact.segments.Filter.Literal;
import io.tendlc.contact.segments.Filter.Operator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a parsed filter into a condition over {@code contact c}. Every value is a bind parameter; the SQL text is
 * made only of the fixed fragments below, chosen by field and operator. Each comparison is {@code coalesce(..., false)}
 * so a missing value is simply "does not match", and {@code not} means what it says.
 */
public final class FilterSql {

    private static final Set<Operator> EQUALITY = EnumSet.of(Operator.EQ, Operator.NE);
    private static final Set<Operator> ORDERED = EnumSet.of(Operator.EQ, Operator.NE, Operator.GT, Operator.GE,
            Operator.LT, Operator.LE);
    private static final Map<String, String> TEXT_COLUMNS = Map.of("phone", "c.phone", "first_name", "c.first_name",
            "last_name", "c.last_name", "email", "lower(c.email)", "time_zone", "c.time_zone");
    private static final Set<String> CONSENT = Set.of("NONE", "OPTED_IN", "OPTED_OUT");

    private final Map<String, FieldType> customFields;
    private final List<Object> params = new ArrayList<>();

    private FilterSql(Map<String, FieldType> customFields) {
        this.customFields = customFields;
    }

    /** Parses and compiles; {@link InvalidFilter} with the position of what is wrong. */
    public static SqlCondition compile(String filter, Map<String, FieldType> customFields) {
        return compile(FilterParser.parse(filter), customFields);
    }

    public static SqlCondition compile(Filter filter, Map<String, FieldType> customFields) {
        FilterSql compiler = new FilterSql(customFields);
        String sql = compiler.sql(filter);
        return new SqlCondition(sql, compiler.params);
    }

    private String sql(Filter filter) {
        return switch (filter) {
            case Filter.And and -> "(" + sql(and.left()) + " and " + sql(and.right()) + ")";
            case Filter.Or or -> "(" + sql(or.left()) + " or " + sql(or.right()) + ")";
            case Filter.Not not -> "(not " + sql(not.operand()) + ")";
            case Comparison c -> "coalesce(" + comparison(c) + ", false)";
        };
    }

    private String comparison(Comparison c) {
        String field = c.field().toLowerCase(Locale.ROOT);
        if (TEXT_COLUMNS.containsKey(field)) {
            String value = c.value().text();
            if (field.equals("phone") && EQUALITY.contains(c.operator())) {
                value = PhoneNumbers.tryNormalize(value).orElse(value);
            } else if (field.equals("email")) {
                value = value.toLowerCase(Locale.ROOT);
            }
            return text(TEXT_COLUMNS.get(field), c.operator(), value);
        }
        return switch (field) {
            case "consent" -> consent(c);
            case "created_at" -> createdAt(c);
            case "tag" -> tag(c);
            case "list" -> list(c);
            default -> {
                if (field.startsWith("field.")) {
                    yield custom(c, c.field().substring("field.".length()));
                }
                throw new InvalidFilter(c.fieldPosition(), "Unknown field '" + c.field() + "' (fields: phone, "
                        + "first_name, last_name, email, time_zone, consent, created_at, tag, list, field.<key>)");
            }
        };
    }

    private String text(String column, Operator op, String value) {
        if (op == Operator.CONTAINS) {
            params.add("%" + escapeLike(value) + "%");
            return column + " ilike ?";
        }
        params.add(value);
        return column + " " + sqlOperator(op) + " ?";
    }

    private String consent(Comparison c) {
        allow(c, EQUALITY);
        String value = c.value().text().toUpperCase(Locale.ROOT);
        if (!CONSENT.contains(value)) {
            throw new InvalidFilter(c.value().position(), "consent is NONE, OPTED_IN or OPTED_OUT");
        }
        params.add(value);
        return "c.consent_status " + sqlOperator(c.operator()) + " ?";
    }

    /** A date alone is that whole day in UTC: {@code created_at > "2026-01-01"} means from January 2nd on. */
    private String createdAt(Comparison c) {
        allow(c, ORDERED);
        String text = c.value().text().trim();
        LocalDate day = null;
        Instant instant = null;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notATime) {
                throw new InvalidFilter(c.value().position(),
                        "created_at takes a date \"2026-01-31\" or a time \"2026-01-31T09:00:00Z\"");
            }
        }
        if (instant != null) {
            params.add(Timestamp.from(instant));
            return "c.created_at " + sqlOperator(c.operator()) + " ?";
        }
        Timestamp start = Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return switch (c.operator()) {
            case EQ -> {
                params.add(start);
                params.add(end);
                yield "(c.created_at >= ? and c.created_at < ?)";
            }
            case NE -> {
                params.add(start);
                params.add(end);
                yield "(c.created_at < ? or c.created_at >= ?)";
            }
            case GT -> bind("c.created_at >= ?", end);
            case GE -> bind("c.created_at >= ?", start);
            case LT -> bind("c.created_at < ?", start);
            case LE -> bind("c.created_at < ?", end);
            case CONTAINS -> throw new IllegalStateException();
        };
    }

    private String tag(Comparison c) {
        allow(c, EnumSet.of(Operator.EQ, Operator.NE, Operator.CONTAINS));
        return switch (c.operator()) {
            case EQ -> bind("c.tags @> array[?]::text[]", c.value().text());
            case NE -> bind("not (c.tags @> array[?]::text[])", c.value().text());
            default -> bind("exists (select 1 from unnest(c.tags) t where t ilike ?)",
                    "%" + escapeLike(c.value().text()) + "%");
        };
    }

    /** A list by id, or by name (case-insensitive). */
    private String list(Comparison c) {
        allow(c, EQUALITY);
        String member;
        try {
            member = bind("""
                    exists (select 1 from list_member m join contact_list l on l.id = m.list_id
                             where m.contact_id = c.id and l.organization_id = c.organization_id and l.id = ?)""",
                    UUID.fromString(c.value().text().trim()));
        } catch (IllegalArgumentException notAnId) {
            member = bind("""
                    exists (select 1 from list_member m join contact_list l on l.id = m.list_id
                             where m.contact_id = c.id and l.organization_id = c.organization_id
                               and lower(l.name) = lower(?))""", c.value().text());
        }
        return c.operator() == Operator.EQ ? member : "not " + member;
    }

    private String custom(Comparison c, String key) {
        FieldType type = customFields.get(key);
        if (type == null) {
            throw new InvalidFilter(c.fieldPosition(), "Unknown custom field '" + key + "'");
        }
        Literal v = c.value();
        return switch (type) {
            case TEXT -> {
                params.add(key);
                yield text("(c.custom_fields ->> ?)", c.operator(), v.text());
            }
            case NUMBER -> {
                allow(c, ORDERED);
                BigDecimal n = FieldType.number(v.text()).orElseThrow(() ->
                        new InvalidFilter(v.position(), "field." + key + " is a NUMBER: compare it with a number"));
                params.add(key);
                params.add(key);
                params.add(n);
                yield "(case when jsonb_typeof(c.custom_fields -> ?) = 'number' then (c.custom_fields ->> ?)::numeric end) "
                        + sqlOperator(c.operator()) + " ?";
            }
            case DATE -> {
                allow(c, ORDERED);
                LocalDate d = FieldType.date(v.text()).orElseThrow(() ->
                        new InvalidFilter(v.position(), "field." + key + " is a DATE: compare it with \"YYYY-MM-DD\""));
                params.add(key);
                params.add(key);
                params.add(java.sql.Date.valueOf(d));
                yield "(case when (c.custom_fields ->> ?) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' "
                        + "then (c.custom_fields ->> ?)::date end) " + sqlOperator(c.operator()) + " ?";
            }
            case BOOLEAN -> {
                allow(c, EQUALITY);
                Object b = FieldType.BOOLEAN.coerce(v.text()).orElseThrow(() ->
                        new InvalidFilter(v.position(), "field." + key + " is a BOOLEAN: compare it with true or false"));
                params.add(key);
                params.add(b);
                yield "(c.custom_fields -> ?) " + sqlOperator(c.operator()) + " to_jsonb(?::boolean)";
            }
        };
    }

    private String bind(String sql, Object value) {
        params.add(value);
        return sql;
    }

    private static void allow(Comparison c, Set<Operator> operators) {
        if (!operators.contains(c.operator())) {
            throw new InvalidFilter(c.operatorPosition(), c.field() + " cannot be compared with "
                    + c.operator().symbol + " (use " + operators.stream().map(o -> o.symbol).reduce((a, b) -> a + " " + b)
                    .orElse("") + ")");
        }
    }

    private static String sqlOperator(Operator op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "is distinct from";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            case CONTAINS -> throw new IllegalStateException("contains is not an SQL operator");
        };
    }

    /** LIKE's own wildcards in a value are matched literally (backslash is PostgreSQL's default LIKE escape). */
    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package io.tendlc.contact.segments;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a WHERE clause over {@code contact c} with its bind parameters, in order. Values never enter the SQL
 * text: only the fixed fragments written in this module do.
 */
public record SqlCondition(String sql, List<Object> params) {

    public static final SqlCondition TRUE = new SqlCondition("true", List.of());

    public SqlCondition {
        params = List.copyOf(params);
    }

    public static SqlCondition of(String sql, Object... params) {
        return new SqlCondition(sql, List.of(params));
    }

    public SqlCondition and(SqlCondition other) {
        if (this == TRUE) {
            return other;
        }
        if (other == TRUE) {
            return this;
        }
        List<Object> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new SqlCondition("(" + sql + ") and (" + other.sql + ")", all);
    }
}

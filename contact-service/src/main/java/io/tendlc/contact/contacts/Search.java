package io.tendlc.contact.contacts;

import io.tendlc.contact.segments.SqlCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ?q=}: a prefix search that stays fast at millions of contacts. Digits search phone numbers (with or without
 * the +1), an {@code @} searches emails, words search first and last names ("jane do" = first name jane..., last
 * name do...) and emails. Each prefix is a key range of a "C"-collation btree index (V2), never a scan.
 */
final class Search {

    static SqlCondition of(String q) {
        if (q == null || q.isBlank()) {
            return SqlCondition.TRUE;
        }
        String query = q.trim().toLowerCase(Locale.ROOT);
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        List<String> ors = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String digits = query.replaceAll("[\\s().-]", "");
        if (digits.matches("\\+?[0-9]{2,15}")) {
            if (digits.startsWith("+")) {
                prefix("c.phone collate \"C\"", digits, ors, params);
            } else {
                prefix("c.phone collate \"C\"", "+1" + digits, ors, params);
                if (digits.startsWith("1")) {
                    prefix("c.phone collate \"C\"", "+" + digits, ors, params);
                }
            }
        } else if (query.contains("@")) {
            prefix("lower(c.email) collate \"C\"", query, ors, params);
        } else {
            String[] words = query.split("\\s+");
            if (words.length == 2) {
                List<Object> both = new ArrayList<>();
                List<String> parts = new ArrayList<>();
                prefix("lower(c.first_name) collate \"C\"", words[0], parts, both);
                prefix("lower(c.last_name) collate \"C\"", words[1], parts, both);
                ors.add("(" + String.join(" and ", parts) + ")");
                params.addAll(both);
            }
            prefix("lower(c.first_name) collate \"C\"", query, ors, params);
            prefix("lower(c.last_name) collate \"C\"", query, ors, params);
            prefix("lower(c.email) collate \"C\"", query, ors, params);
        }
        return new SqlCondition("(" + String.join(" or ", ors) + ")", params);
    }

    /** {@code expression} starts with {@code prefix}: a range, so the expression's index is used. */
    private static void prefix(String expression, String prefix, List<String> sql, List<Object> params) {
        sql.add("(" + expression + " >= ? and " + expression + " < ?)");
        params.add(prefix);
        params.add(upperBound(prefix));
    }

    /** The smallest string after every string starting with {@code prefix}, in code point ("C") order. */
    static String upperBound(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        String head = prefix.substring(0, prefix.length() - Character.charCount(last));
        if (last == Character.MAX_CODE_POINT) {
            return head.isEmpty() ? prefix + prefix : upperBound(head);
        }
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return head + Character.toString(next);
    }

    private Search() {
    }
}

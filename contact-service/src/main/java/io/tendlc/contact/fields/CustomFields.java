package io.tendlc.contact.fields;

import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The custom field definitions of each organization, and the typing of contacts' values by them. */
@Component
public class CustomFields {

    private static final RowMapper<CustomField> MAPPER = (rs, i) -> new CustomField(rs.getString("key"),
            rs.getString("label"), FieldType.valueOf(rs.getString("type")), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;

    CustomFields(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CustomField> list(UUID organizationId) {
        return jdbc.sql("select key, label, type, created_at from custom_field where organization_id = ? order by key")
                .param(organizationId).query(MAPPER).list();
    }

    public Map<String, FieldType> types(UUID organizationId) {
        return list(organizationId).stream().collect(Collectors.toMap(CustomField::key, CustomField::type));
    }

    Optional<CustomField> find(UUID organizationId, String key) {
        return jdbc.sql("select key, label, type, created_at from custom_field where organization_id = ? and key = ?")
                .params(organizationId, key).query(MAPPER).optional();
    }

    /** Defines a field; false when the organization already has one with this key. */
    boolean insert(UUID organizationId, CustomField field) {
        return jdbc.sql("""
                        insert into custom_field (organization_id, key, label, type, created_at) values (?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(organizationId, field.key(), field.label(), field.type().name(), Timestamp.from(field.createdAt()))
                .update() == 1;
    }

    /** Removes the definition and the field's values from every contact of the organization. */
    boolean delete(UUID organizationId, String key) {
        if (jdbc.sql("delete from custom_field where organization_id = ? and key = ?").params(organizationId, key)
                .update() == 0) {
            return false;
        }
        jdbc.sql("""
                        update contact set custom_fields = custom_fields - ?, updated_at = now()
                        where organization_id = ? and custom_fields -> ? is not null""")
                .params(key, organizationId, key).update();
        return true;
    }

    /**
     * The values typed by the organization's definitions (String, BigDecimal or Boolean per {@link FieldType}); a
     * null value stays null (the caller removes that field). Unknown keys and values of the wrong type are refused
     * together: 422 {@code invalid-custom-field} listing every one.
     */
    public Map<String, Object> typed(UUID organizationId, Map<String, Object> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<String, FieldType> types = types(organizationId);
        Map<String, Object> typed = new LinkedHashMap<>();
        List<Map<String, String>> errors = new ArrayList<>();
        values.forEach((key, value) -> {
            FieldType type = types.get(key);
            if (type == null) {
                errors.add(Map.of("field", "customFields." + key, "message",
                        "no such custom field (define it with POST /api/v1/contacts/fields)"));
            } else if (value == null) {
                typed.put(key, null);
            } else {
                type.coerce(value).ifPresentOrElse(v -> typed.put(key, v), () -> errors.add(Map.of(
                        "field", "customFields." + key, "message", "must be " + type.expected())));
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-custom-field", "Invalid custom field",
                    errors.stream().map(e -> e.get("field") + ": " + e.get("message")).sorted()
                            .collect(Collectors.joining("; ")), Map.of("errors", errors));
        }
        return typed;
    }

    static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}

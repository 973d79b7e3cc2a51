package io.tendlc.contact.contacts;

import io.tendlc.contact.segments.SqlCondition;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The contact table; every read and write is scoped by organization. */
@Component
class Contacts {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            c.id, c.organization_id, c.phone, c.first_name, c.last_name, c.email, c.time_zone, c.time_zone_derived,
            c.custom_fields::text as custom_fields, c.tags, c.consent_status, c.consent_source, c.consent_at,
            c.created_at, c.updated_at""";

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Contact> find(UUID organizationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from contact c where c.organization_id = ? and c.id = ?")
                .params(organizationId, id).query(MAPPER).optional();
    }

    Optional<Contact> lock(UUID organizationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from contact c where c.organization_id = ? and c.id = ? for update")
                .params(organizationId, id).query(MAPPER).optional();
    }

    Optional<UUID> idOfPhone(UUID organizationId, String phone) {
        return jdbc.sql("select id from contact where organization_id = ? and phone = ?").params(organizationId, phone)
                .query(UUID.class).optional();
    }

    /** False when the organization already has a contact with this phone number. */
    boolean insert(Contact c) {
        return jdbc.sql("""
                        insert into contact (id, organization_id, phone, first_name, last_name, email, time_zone,
                            time_zone_derived, custom_fields, tags, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::text[], ?, ?)
                        on conflict (organization_id, phone) do nothing""")
                .params(c.id(), c.organizationId(), c.phone(), c.firstName(), c.lastName(), c.email(), c.timeZone(),
                        c.timeZoneDerived(), JSON.writeValueAsString(c.customFields()), c.tags().toArray(String[]::new),
                        Timestamp.from(c.createdAt()), Timestamp.from(c.updatedAt()))
                .update() == 1;
    }

    /** Throws DuplicateKeyException when the new phone number is another contact's. */
    void update(Contact c) {
        jdbc.sql("""
                        update contact set phone = ?, first_name = ?, last_name = ?, email = ?, time_zone = ?,
                            time_zone_derived = ?, custom_fields = ?::jsonb, tags = ?::text[], updated_at = ?
                        where organization_id = ? and id = ?""")
                .params(c.phone(), c.firstName(), c.lastName(), c.email(), c.timeZone(), c.timeZoneDerived(),
                        JSON.writeValueAsString(c.customFields()), c.tags().toArray(String[]::new),
                        Timestamp.from(c.updatedAt()), c.organizationId(), c.id())
                .update();
    }

    boolean delete(UUID organizationId, UUID id) {
        return jdbc.sql("delete from contact where organization_id = ? and id = ?").params(organizationId, id)
                .update() == 1;
    }

    /**
     * Up to {@code limit} contacts matching {@code where}, newest first, strictly after {@code after} (keyset paging
     * on the (organization_id, created_at desc, id desc) index).
     */
    List<Contact> page(UUID organizationId, SqlCondition where, Cursor after, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(organizationId);
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from contact c where c.organization_id = ?");
        if (after != null) {
            sql.append(" and (c.created_at, c.id) < (?, ?)");
            params.add(Timestamp.from(after.createdAt()));
            params.add(after.id());
        }
        if (where != SqlCondition.TRUE) {
            sql.append(" and ").append(where.sql());
            params.addAll(where.params());
        }
        sql.append(" order by c.created_at desc, c.id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(MAPPER).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static final RowMapper<Contact> MAPPER = (rs, i) -> {
        Array tags = rs.getArray("tags");
        return new Contact(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("phone"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
                rs.getString("time_zone"), rs.getBoolean("time_zone_derived"),
                JSON.readValue(rs.getString("custom_fields"), MAP),
                tags == null ? List.of() : Arrays.stream((Object[]) tags.getArray()).map(Object::toString).toList(),
                rs.getString("consent_status"), rs.getString("consent_source"), instant(rs, "consent_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    };
}

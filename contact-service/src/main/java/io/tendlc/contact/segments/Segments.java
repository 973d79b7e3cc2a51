package io.tendlc.contact.segments;

import io.tendlc.contact.fields.CustomFields;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The segment table, and filters compiled against an organization's custom fields. */
@Component
public class Segments {

    private static final RowMapper<Segment> MAPPER = (rs, i) -> new Segment(rs.getObject("id", UUID.class),
            rs.getString("name"), rs.getString("filter"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant());

    private final JdbcClient jdbc;
    private final CustomFields fields;

    Segments(JdbcClient jdbc, CustomFields fields) {
        this.jdbc = jdbc;
        this.fields = fields;
    }

    /** The condition selecting the contacts a filter matches (400 invalid-filter if it is not one). */
    public SqlCondition condition(UUID organizationId, String filter) {
        return FilterSql.compile(filter, fields.types(organizationId));
    }

    /** The condition of a saved segment (404 if the organization has no such segment). */
    public SqlCondition conditionOf(UUID organizationId, UUID segmentId) {
        return condition(organizationId, find(organizationId, segmentId)
                .orElseThrow(() -> ApiProblem.notFound("Segment")).filter());
    }

    public Optional<Segment> find(UUID organizationId, UUID id) {
        return jdbc.sql("select * from segment where organization_id = ? and id = ?").params(organizationId, id)
                .query(MAPPER).optional();
    }

    List<Segment> list(UUID organizationId) {
        return jdbc.sql("select * from segment where organization_id = ? order by lower(name), id")
                .param(organizationId).query(MAPPER).list();
    }

    long count(UUID organizationId, SqlCondition condition) {
        return jdbc.sql("select count(*) from contact c where c.organization_id = ? and " + condition.sql())
                .params(prepend(organizationId, condition.params())).query(Long.class).single();
    }

    /** False when the organization already has a segment of that name. */
    boolean insert(UUID organizationId, Segment s) {
        return jdbc.sql("""
                        insert into segment (id, organization_id, name, filter, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(s.id(), organizationId, s.name(), s.filter(), Timestamp.from(s.createdAt()),
                        Timestamp.from(s.updatedAt()))
                .update() == 1;
    }

    void update(UUID organizationId, Segment s) {
        jdbc.sql("update segment set name = ?, filter = ?, updated_at = ? where organization_id = ? and id = ?")
                .params(s.name(), s.filter(), Timestamp.from(s.updatedAt()), organizationId, s.id()).update();
    }

    boolean delete(UUID organizationId, UUID id) {
        return jdbc.sql("delete from segment where organization_id = ? and id = ?").params(organizationId, id)
                .update() == 1;
    }

    static List<Object> prepend(Object first, List<Object> rest) {
        List<Object> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}

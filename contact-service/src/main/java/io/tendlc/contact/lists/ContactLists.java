package io.tendlc.contact.lists;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The contact_list and list_member tables, scoped by organization. */
@Component
class ContactLists {

    private static final String COLUMNS = """
            l.id, l.name, l.created_at, (select count(*) from list_member m where m.list_id = l.id) as members""";
    private static final RowMapper<ContactList> MAPPER = (rs, i) -> new ContactList(rs.getObject("id", UUID.class),
            rs.getString("name"), rs.getLong("members"), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;

    ContactLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContactList> list(UUID organizationId) {
        return jdbc.sql("select " + COLUMNS + " from contact_list l where l.organization_id = ? order by lower(l.name), l.id")
                .param(organizationId).query(MAPPER).list();
    }

    Optional<ContactList> find(UUID organizationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from contact_list l where l.organization_id = ? and l.id = ?")
                .params(organizationId, id).query(MAPPER).optional();
    }

    /** False when the organization has a list of that name (names are unique, case-insensitively). */
    boolean insert(UUID organizationId, ContactList list) {
        return jdbc.sql("""
                        insert into contact_list (id, organization_id, name, created_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(list.id(), organizationId, list.name(), Timestamp.from(list.createdAt())).update() == 1;
    }

    void rename(UUID organizationId, UUID id, String name) {
        jdbc.sql("update contact_list set name = ? where organization_id = ? and id = ?")
                .params(name, organizationId, id).update();
    }

    void delete(UUID organizationId, UUID id) {
        jdbc.sql("delete from contact_list where organization_id = ? and id = ?").params(organizationId, id).update();
    }

    /** Adds those of the contacts that are the organization's; how many became members and how many exist. */
    Added add(UUID organizationId, UUID listId, List<UUID> contactIds) {
        UUID[] ids = contactIds.stream().distinct().toArray(UUID[]::new);
        long known = jdbc.sql("select count(*) from contact where organization_id = ? and id = any(?)")
                .params(organizationId, ids).query(Long.class).single();
        int added = jdbc.sql("""
                        insert into list_member (list_id, contact_id)
                        select ?, c.id from contact c where c.organization_id = ? and c.id = any(?)
                        on conflict do nothing""")
                .params(listId, organizationId, ids).update();
        return new Added(added, known - added, ids.length - known);
    }

    boolean remove(UUID listId, UUID contactId) {
        return jdbc.sql("delete from list_member where list_id = ? and contact_id = ?").params(listId, contactId)
                .update() == 1;
    }

    /** {@code added} new members, {@code alreadyMembers}, and {@code unknown} ids that are no contact of the organization. */
    record Added(long added, long alreadyMembers, long unknown) {
    }
}

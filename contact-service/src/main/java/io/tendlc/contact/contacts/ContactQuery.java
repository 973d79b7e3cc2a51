package io.tendlc.contact.contacts;

import io.tendlc.contact.contacts.ContactRequests.ContactPage;
import io.tendlc.contact.contacts.ContactRequests.ContactView;
import io.tendlc.contact.segments.Segments;
import io.tendlc.contact.segments.SqlCondition;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** Pages of contacts by search text, tag, list, segment and consent. */
@Component
class ContactQuery {

    record Criteria(String q, String tag, UUID listId, UUID segmentId, String consent) {
    }

    private final Contacts contacts;
    private final Segments segments;

    ContactQuery(Contacts contacts, Segments segments) {
        this.contacts = contacts;
        this.segments = segments;
    }

    ContactPage page(UUID organizationId, Criteria criteria, String cursor, int limit) {
        SqlCondition where = Search.of(criteria.q());
        if (criteria.tag() != null && !criteria.tag().isBlank()) {
            where = where.and(SqlCondition.of("c.tags @> array[?]::text[]", criteria.tag().trim()));
        }
        if (criteria.consent() != null) {
            where = where.and(SqlCondition.of("c.consent_status = ?", criteria.consent()));
        }
        if (criteria.listId() != null) {
            where = where.and(SqlCondition.of("""
                    exists (select 1 from list_member m join contact_list l on l.id = m.list_id
                             where m.contact_id = c.id and l.id = ? and l.organization_id = c.organization_id)""",
                    criteria.listId()));
        }
        if (criteria.segmentId() != null) {
            where = where.and(segments.conditionOf(organizationId, criteria.segmentId()));
        }
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        List<Contact> rows = contacts.page(organizationId, where, after, limit + 1);
        boolean more = rows.size() > limit;
        List<Contact> items = more ? rows.subList(0, limit) : rows;
        return new ContactPage(items.stream().map(ContactView::of).toList(),
                more ? Cursor.after(items.getLast()).encode() : null);
    }
}

package io.tendlc.notification.inbox;

import io.tendlc.events.Uuids;
import io.tendlc.notification.registry.RegistrationNotice;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The organization's in-app notifications and who has read which. Every query is scoped by the organization:
 * another organization's notification is not found.
 */
@Component
class Inbox {

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the notice; false when it is there already (the same event, or the same change told twice). */
    boolean add(RegistrationNotice notice) {
        return jdbc.sql("""
                        insert into notification (id, organization_id, event_id, kind, subject_id, title, body, link,
                                                  created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(Uuids.timeOrdered(), notice.organizationId(), notice.eventId(), notice.kind().wireName(),
                        notice.subjectId(), notice.title(), notice.body(), notice.link(),
                        Timestamp.from(notice.createdAt()))
                .update() == 1;
    }

    /** The newest {@code limit} notifications, each read or not by {@code userId} (null: an API key, none read). */
    List<Notification> newest(UUID organizationId, UUID userId, int limit) {
        return jdbc.sql("""
                        select n.id, n.kind, n.title, n.body, n.link, n.created_at,
                               exists (select 1 from notification_read r
                                       where r.notification_id = n.id and r.user_id = ?) as read
                        from notification n where n.organization_id = ?
                        order by n.created_at desc, n.id desc limit ?""")
                .params(userId, organizationId, limit)
                .query((rs, i) -> new Notification(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getBoolean(7)))
                .list();
    }

    /** How many of the organization's notifications {@code userId} has not read. */
    int unread(UUID organizationId, UUID userId) {
        return jdbc.sql("""
                        select count(*) from notification n where n.organization_id = ?
                        and not exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = ?)""")
                .params(organizationId, userId).query(Integer.class).single();
    }

    /** Marks one notification read for the user (again: no change); 404 when it is not the organization's. */
    @Transactional
    void markRead(UUID organizationId, UUID userId, UUID notificationId) {
        int inserted = jdbc.sql("""
                        insert into notification_read (notification_id, user_id)
                        select id, ? from notification where organization_id = ? and id = ?
                        on conflict do nothing""")
                .params(userId, organizationId, notificationId).update();
        if (inserted == 0 && jdbc.sql("select count(*) from notification where organization_id = ? and id = ?")
                .params(organizationId, notificationId).query(Integer.class).single() == 0) {
            throw ApiProblem.notFound("Notification");
        }
    }

    /** Marks every notification of the organization read for the user; returns how many were unread. */
    int markAllRead(UUID organizationId, UUID userId) {
        return jdbc.sql("""
                        insert into notification_read (notification_id, user_id)
                        select id, ? from notification where organization_id = ?
                        on conflict do nothing""")
                .params(userId, organizationId).update();
    }

    /** One notification as the API shows it to one user. */
    record Notification(UUID id, String kind, String title, String body, String link, Instant createdAt,
                        boolean read) {
    }
}

package io.tendlc.notification.mail;

import io.tendlc.notification.registry.RegistrationNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Which brand and campaign changes were mailed, so each is mailed once: the event id guards against a redelivery,
 * this against the same change published twice, and against an old change arriving after a newer one was mailed
 * (an "approved" mail followed by a stale "rejected" one would only confuse).
 */
@Component
class MailedChanges {

    private final JdbcClient jdbc;

    MailedChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the notice's change for mailing, in the caller's transaction (a failed send rolls the claim back with
     * the event); false when it was mailed already or a newer change of the same brand or campaign was.
     */
    boolean claim(RegistrationNotice notice) {
        Timestamp at = Timestamp.from(notice.createdAt());
        boolean superseded = jdbc.sql("""
                        select exists (select 1 from mailed_change
                                       where organization_id = ? and subject_id = ? and changed_at > ?)""")
                .params(notice.organizationId(), notice.subjectId(), at).query(Boolean.class).single();
        return !superseded && jdbc.sql("""
                        insert into mailed_change (organization_id, subject_id, changed_at, kind, event_id)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(notice.organizationId(), notice.subjectId(), at, notice.kind().wireName(), notice.eventId())
                .update() == 1;
    }
}

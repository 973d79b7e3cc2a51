package io.tendlc.notification.members;

import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.MembershipChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The projection of who belongs to which organization with which role, and at which address they get mail. Every
 * write is forward-only: an event older than what the row already reflects changes nothing.
 */
@Component
public class OrganizationMembers {

    /** The roles that hear about the organization's registrations by mail. */
    static final List<String> ADMINISTRATORS = List.of("OWNER", "ADMIN");

    private final JdbcClient jdbc;

    OrganizationMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member who gets the organization's mail. */
    public record Recipient(UUID userId, String email, String role) {
    }

    /** The organization's current OWNERs and ADMINs, one per address, owners first. */
    public List<Recipient> administrators(UUID organizationId) {
        return jdbc.sql("""
                        select distinct on (lower(email)) user_id, email, role from org_member
                        where organization_id = ? and not removed and role in ('OWNER', 'ADMIN')
                        order by lower(email), case role when 'OWNER' then 0 else 1 end, user_id""")
                .param(organizationId)
                .query((rs, i) -> new Recipient(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list().stream()
                .sorted(Comparator.comparing((Recipient r) -> ADMINISTRATORS.indexOf(r.role()))
                        .thenComparing(r -> r.email().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Applies a {@code membership.created|updated|removed} that happened at {@code occurredAt}. */
    void apply(String type, MembershipChanged change, Instant occurredAt) {
        boolean removed = EventTypes.MEMBERSHIP_REMOVED.name().equals(type);
        Timestamp at = Timestamp.from(occurredAt);
        jdbc.sql("""
                        insert into org_member (organization_id, user_id, email, role, removed, changed_at, email_changed_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (organization_id, user_id) do update set
                            role = case when org_member.changed_at <= excluded.changed_at
                                        then excluded.role else org_member.role end,
                            removed = case when org_member.changed_at <= excluded.changed_at
                                           then excluded.removed else org_member.removed end,
                            changed_at = greatest(org_member.changed_at, excluded.changed_at),
                            email = case when org_member.email_changed_at <= excluded.email_changed_at
                                         then excluded.email else org_member.email end,
                            email_changed_at = greatest(org_member.email_changed_at, excluded.email_changed_at)""")
                .params(change.organizationId(), change.userId(), change.email().strip(),
                        change.role().strip().toUpperCase(Locale.ROOT), removed, at, at)
                .update();
    }

    /** The user's address changed (auth-service owns it): every membership of theirs mails the new one. */
    void addressChanged(UUID userId, String email, Instant occurredAt) {
        jdbc.sql("""
                        update org_member set email = ?, email_changed_at = ?
                        where user_id = ? and email_changed_at <= ? and email <> ?""")
                .params(email.strip(), Timestamp.from(occurredAt), userId, Timestamp.from(occurredAt), email.strip())
                .update();
    }
}

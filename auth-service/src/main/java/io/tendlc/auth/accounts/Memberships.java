package io.tendlc.auth.accounts;

import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.MembershipChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which organizations an account belongs to and its role in each: what tokens carry. Auth writes a membership
 * itself when it creates one (sign-up, invitation acceptance); user-service's {@code membership.*} events keep it
 * current afterwards. Every write stamps {@code changed_at}, and an event older than the row changes nothing.
 */
@Component
public class Memberships {

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> role(UUID accountId, UUID organizationId) {
        return jdbc.sql("select role from membership where account_id = ? and organization_id = ?")
                .params(accountId, organizationId).query(String.class).optional();
    }

    /** The account's memberships, oldest first. */
    public List<Membership> of(UUID accountId) {
        return jdbc.sql("select organization_id, role from membership where account_id = ? order by created_at, organization_id")
                .param(accountId)
                .query((rs, i) -> new Membership(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** Adds the membership, or sets its role. */
    public void grant(UUID accountId, UUID organizationId, String role) {
        jdbc.sql("""
                        insert into membership (account_id, organization_id, role) values (?, ?, ?)
                        on conflict (account_id, organization_id) do update set role = excluded.role, changed_at = now()""")
                .params(accountId, organizationId, role).update();
    }

    /** Applies user-service's event; true if it changed a membership auth knows (unknown accounts are ignored). */
    boolean apply(String type, MembershipChanged change, Instant occurredAt) {
        Timestamp at = Timestamp.from(occurredAt);
        if (EventTypes.MEMBERSHIP_REMOVED.name().equals(type)) {
            return jdbc.sql("delete from membership where account_id = ? and organization_id = ? and changed_at <= ?")
                    .params(change.userId(), change.organizationId(), at).update() == 1;
        }
        return jdbc.sql("""
                        insert into membership (account_id, organization_id, role, changed_at, created_at)
                        select ?, ?, ?, ?, ? where exists (select 1 from account where id = ?)
                        on conflict (account_id, organization_id) do update set role = excluded.role,
                            changed_at = excluded.changed_at
                        where membership.changed_at <= excluded.changed_at and membership.role <> excluded.role""")
                .params(change.userId(), change.organizationId(), change.role(), at, at, change.userId())
                .update() == 1;
    }

    public record Membership(UUID organizationId, String role) {
    }
}

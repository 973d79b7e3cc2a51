package io.tendlc.users.members;

import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.security.Permissions.Role;
import io.tendlc.platform.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who belongs to which organization with which role. Every change publishes {@code membership.*} in its own
 * transaction (auth-service keeps the roles it puts in tokens from them).
 */
@Component
public class Memberships {

    private static final Logger log = LoggerFactory.getLogger(Memberships.class);

    private static final String MEMBERS = """
            select m.user_id, p.email, p.name, m.role, m.created_at
            from membership m join user_profile p on p.user_id = m.user_id
            where m.organization_id = ?""";

    private final JdbcClient jdbc;
    private final EventPublisher events;

    Memberships(JdbcClient jdbc, EventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** One of the user's organizations, with its name and the user's role there. */
    public record OrganizationMembership(UUID organizationId, String organizationName, String role) {
    }

    public List<Member> list(UUID organizationId) {
        return jdbc.sql(MEMBERS + " order by m.created_at, m.user_id").param(organizationId).query(Memberships::member)
                .list();
    }

    public Optional<Member> find(UUID organizationId, UUID userId) {
        return jdbc.sql(MEMBERS + " and m.user_id = ?").params(organizationId, userId).query(Memberships::member)
                .optional();
    }

    public boolean hasMemberWithEmail(UUID organizationId, String email) {
        return jdbc.sql(MEMBERS + " and lower(p.email) = lower(?)").params(organizationId, email)
                .query(Memberships::member).optional().isPresent();
    }

    public List<OrganizationMembership> ofUser(UUID userId) {
        return jdbc.sql("""
                        select o.id, o.name, m.role from membership m join organization o on o.id = m.organization_id
                        where m.user_id = ? order by m.created_at, o.id""")
                .param(userId)
                .query((rs, i) -> new OrganizationMembership(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3)))
                .list();
    }

    /**
     * Makes the user a member with {@code role} unless they are one already (then their role stays); publishes
     * {@code membership.created} only for a new membership. The user's profile must exist.
     */
    @Transactional
    public Member add(UUID organizationId, UUID userId, Role role) {
        int inserted = jdbc.sql("""
                        insert into membership (organization_id, user_id, role) values (?, ?, ?)
                        on conflict (organization_id, user_id) do nothing""")
                .params(organizationId, userId, role.name()).update();
        Member member = find(organizationId, userId).orElseThrow();
        if (inserted == 1) {
            publish(EventTypes.MEMBERSHIP_CREATED, organizationId, member);
            log.info("User {} joined organization {} as {}", userId, organizationId, role);
        }
        return member;
    }

    @Transactional
    public Member changeRole(UUID organizationId, Role actor, UUID userId, Role wanted) {
        int owners = lockOwners(organizationId);
        Member member = find(organizationId, userId).orElseThrow(() -> ApiProblem.notFound("Member"));
        Role current = RoleRules.parse(member.role());
        RoleRules.checkGrant(actor, current, wanted);
        if (current == wanted) {
            return member;
        }
        RoleRules.checkAnOwnerRemains(current, wanted, owners);
        jdbc.sql("update membership set role = ?, updated_at = now() where organization_id = ? and user_id = ?")
                .params(wanted.name(), organizationId, userId).update();
        Member changed = find(organizationId, userId).orElseThrow();
        publish(EventTypes.MEMBERSHIP_UPDATED, organizationId, changed);
        log.info("User {} of organization {} is now {} (was {})", userId, organizationId, wanted, current);
        return changed;
    }

    /** Removes the member (and so their team memberships); 404 when they are not one. */
    @Transactional
    public void remove(UUID organizationId, Role actor, UUID userId) {
        int owners = lockOwners(organizationId);
        Member member = find(organizationId, userId).orElseThrow(() -> ApiProblem.notFound("Member"));
        Role current = RoleRules.parse(member.role());
        RoleRules.checkRemoval(actor, current);
        RoleRules.checkAnOwnerRemains(current, null, owners);
        jdbc.sql("delete from membership where organization_id = ? and user_id = ?").params(organizationId, userId)
                .update();
        publish(EventTypes.MEMBERSHIP_REMOVED, organizationId, member);
        log.info("User {} left organization {} (was {})", userId, organizationId, current);
    }

    /**
     * Locks the organization's owner rows and counts them: two owners demoting each other at once are serialized,
     * and the second sees that only one owner is left.
     */
    private int lockOwners(UUID organizationId) {
        return jdbc.sql("select user_id from membership where organization_id = ? and role = 'OWNER' for update")
                .param(organizationId).query(UUID.class).list().size();
    }

    private void publish(EventType<MembershipChanged> type, UUID organizationId, Member member) {
        events.publish(type, organizationId, organizationId.toString(),
                new MembershipChanged(organizationId, member.userId(), member.email(), member.role()));
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }
}

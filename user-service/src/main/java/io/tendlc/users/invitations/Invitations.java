package io.tendlc.users.invitations;

import io.tendlc.events.EventTypes;
import io.tendlc.events.Uuids;
import io.tendlc.events.identity.InvitationCreated;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.privacy.Pii;
import io.tendlc.platform.security.Permissions.Role;
import io.tendlc.platform.web.ApiProblem;
import io.tendlc.users.config.UsersProperties;
import io.tendlc.users.members.Member;
import io.tendlc.users.members.Memberships;
import io.tendlc.users.members.RoleRules;
import io.tendlc.users.organizations.Organizations;
import io.tendlc.users.profiles.Profile;
import io.tendlc.users.profiles.Profiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Invitations by email: a manager invites an address with a role, the mail's single-use link (valid
 * {@code users.invitation-ttl}) lets its owner join, with a new account or the one they have.
 */
@Component
class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);
    private static final String COLUMNS = "id, organization_id, email, role, status, invited_by, created_at, expires_at";

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Memberships memberships;
    private final Profiles profiles;
    private final AuthAccounts accounts;
    private final EventPublisher events;
    private final UsersProperties properties;
    private final TransactionTemplate tx;

    Invitations(JdbcClient jdbc, Organizations organizations, Memberships memberships, Profiles profiles,
                AuthAccounts accounts, EventPublisher events, UsersProperties properties,
                PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.memberships = memberships;
        this.profiles = profiles;
        this.accounts = accounts;
        this.events = events;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What the invitation link shows before it is accepted. */
    record Preview(String organizationName, String email, String role, boolean accountExists, Instant expiresAt) {
    }

    record Accepted(UUID userId, UUID organizationId, String role) {
    }

    /**
     * Invites {@code email} as {@code role} on behalf of {@code inviter} (whose role is {@code inviterRole}),
     * replacing a pending invitation of the same address, and publishes {@code invitation.created} with the link.
     */
    @Transactional
    Invitation invite(UUID organizationId, UUID inviter, Role inviterRole, String email, Role role) {
        RoleRules.checkGrant(inviterRole, null, role);
        String address = email.strip().toLowerCase(Locale.ROOT);
        // serializes invitations of one organization: "replace the pending one" cannot race with itself
        Organizations.Organization org = organizations.lock(organizationId);
        if (memberships.hasMemberWithEmail(organizationId, address)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "already-member", "Already a member",
                    "Someone with this email address is already a member of the organization.");
        }
        jdbc.sql("update invitation set status = 'REPLACED', revoked_at = now() where organization_id = ? and email = ? and status = 'PENDING'")
                .params(organizationId, address).update();
        String token = InvitationTokens.newToken();
        UUID id = Uuids.timeOrdered();
        Instant expiresAt = Instant.now().plus(properties.invitationTtl()).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into invitation (id, organization_id, email, role, token_hash, invited_by, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organizationId, address, role.name(), InvitationTokens.hash(token), inviter,
                        java.sql.Timestamp.from(expiresAt))
                .update();
        String invitedByName = profiles.find(inviter).map(Profile::name).orElse(null);
        // the link holds the token: it goes to the outbox for the mail, never to a log
        events.publish(EventTypes.INVITATION_CREATED, organizationId, organizationId.toString(),
                new InvitationCreated(id, organizationId, org.name(), address, role.name(), invitedByName,
                        properties.publicBaseUrl() + "/accept-invitation?token=" + token, expiresAt));
        log.info("Invitation {} to {} as {} in organization {}", id, Pii.maskEmail(address), role, organizationId);
        return find(organizationId, id).orElseThrow();
    }

    /** Invitations still waiting for an answer (expired ones are left out). */
    List<Invitation> pending(UUID organizationId) {
        return jdbc.sql("select " + COLUMNS + " from invitation where organization_id = ? and status = 'PENDING' "
                        + "and expires_at > now() order by created_at, id")
                .param(organizationId).query(Invitations::invitation).list();
    }

    @Transactional
    void revoke(UUID organizationId, UUID invitationId) {
        int revoked = jdbc.sql("""
                        update invitation set status = 'REVOKED', revoked_at = now()
                        where organization_id = ? and id = ? and status = 'PENDING'""")
                .params(organizationId, invitationId).update();
        if (revoked == 0) {
            throw ApiProblem.notFound("Pending invitation");
        }
        log.info("Invitation {} of organization {} revoked", invitationId, organizationId);
    }

    Preview lookup(String token) {
        Invitation invitation = usable(token);
        String organizationName = organizations.find(invitation.organizationId())
                .map(Organizations.Organization::name).orElseThrow(Invitations::invalidToken);
        return new Preview(organizationName, invitation.email(), invitation.role(),
                profiles.findByEmail(invitation.email()).isPresent(), invitation.expiresAt());
    }

    /**
     * Accepts the invitation: auth-service creates the account (or finds the existing one) outside any transaction
     * here, then the membership is created and the invitation used up in one transaction. Should that fail, the
     * invitation stays pending and can be accepted again (auth-service then finds the account it created).
     */
    Accepted accept(String token, String name, String password) {
        Invitation invitation = usable(token);
        String accountName = name != null && !name.isBlank() ? name.strip()
                : profiles.findByEmail(invitation.email()).map(Profile::name).orElse(null);
        AuthAccounts.LinkedAccount account = accounts.link(new AuthAccounts.AccountRequest(invitation.email(),
                accountName, password, invitation.organizationId(), invitation.role()));
        Accepted accepted = tx.execute(status -> {
            int used = jdbc.sql("""
                            update invitation set status = 'ACCEPTED', accepted_at = now(), accepted_by = ?
                            where id = ? and status = 'PENDING' and expires_at > now()""")
                    .params(account.userId(), invitation.id()).update();
            if (used == 0) {
                throw invalidToken();
            }
            profiles.createIfAbsent(account.userId(), invitation.email(), accountName);
            if (account.created()) {
                // the account exists because its owner followed the mailed link: the address is proven
                profiles.emailVerified(account.userId(), invitation.email(), accountName);
            }
            Member member = memberships.add(invitation.organizationId(), account.userId(),
                    RoleRules.parse(invitation.role()));
            return new Accepted(account.userId(), invitation.organizationId(), member.role());
        });
        log.info("Invitation {} accepted by user {} ({})", invitation.id(), accepted.userId(),
                account.created() ? "new account" : "existing account");
        return accepted;
    }

    private Optional<Invitation> find(UUID organizationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from invitation where organization_id = ? and id = ?")
                .params(organizationId, id).query(Invitations::invitation).optional();
    }

    /** The pending, unexpired invitation the token belongs to; 400 {@code invalid-token} for anything else. */
    private Invitation usable(String token) {
        return jdbc.sql("select " + COLUMNS + " from invitation where token_hash = ? and status = 'PENDING' "
                        + "and expires_at > now()")
                .param(InvitationTokens.hash(token)).query(Invitations::invitation).optional()
                .orElseThrow(Invitations::invalidToken);
    }

    private static ApiProblem invalidToken() {
        return ApiProblem.badRequest("invalid-token",
                "This invitation link is invalid, expired or already used: ask for a new invitation.");
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8).toInstant());
    }
}

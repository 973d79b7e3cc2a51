package io.tendlc.auth.accounts;

import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.events.identity.UserEmailVerified;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/** The credentials store. */
@Component
public class Accounts {

    private static final String SELECT = """
            select a.*, exists (select 1 from mfa_enrollment m where m.account_id = a.id and m.enabled_at is not null)
                as mfa_enabled
            from account a""";
    private static final RowMapper<Account> ROW = (rs, i) -> new Account(rs.getObject("id", UUID.class),
            rs.getString("email"), rs.getString("password_hash"), rs.getString("name"),
            rs.getTimestamp("email_verified_at") != null, rs.getBoolean("mfa_enabled"),
            rs.getObject("last_organization_id", UUID.class));

    private final JdbcClient jdbc;
    private final EventPublisher events;
    private final Memberships memberships;

    Accounts(JdbcClient jdbc, EventPublisher events, Memberships memberships) {
        this.jdbc = jdbc;
        this.events = events;
        this.memberships = memberships;
    }

    public Optional<Account> byEmail(String email) {
        return jdbc.sql(SELECT + " where lower(a.email) = lower(?)").param(email.trim()).query(ROW).optional();
    }

    public Optional<Account> byId(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(ROW).optional();
    }

    /**
     * Creates the account with its first membership and announces it ({@code user.created}); on sign-up the new
     * organization's name travels with the event. An address already registered is a 409 {@code email-taken}.
     */
    @Transactional
    public Account create(NewAccount n) {
        UUID id = UUID.randomUUID();
        String email = n.email().trim();
        try {
            jdbc.sql("""
                            insert into account (id, last_organization_id, email, password_hash, name, email_verified_at)
                            values (?, ?, ?, ?, ?, case when ? then now() end)""")
                    .params(id, n.organizationId(), email, n.passwordHash(), n.name(), n.emailVerified()).update();
        } catch (DuplicateKeyException e) {
            throw new ApiProblem(HttpStatus.CONFLICT, "email-taken", "Email already registered",
                    "An account with this email address exists already. Log in, or reset its password.");
        }
        memberships.grant(id, n.organizationId(), n.role());
        events.publish(EventTypes.USER_CREATED, n.organizationId(), id.toString(),
                new UserCreated(id, n.organizationId(), email, n.name(), n.organizationName(), n.role()));
        return byId(id).orElseThrow();
    }

    /** Marks the address proven and announces it; false if it was already. */
    @Transactional
    public boolean markEmailVerified(UUID id) {
        boolean changed = jdbc.sql("update account set email_verified_at = now() where id = ? and email_verified_at is null")
                .param(id).update() == 1;
        if (changed) {
            Account account = byId(id).orElseThrow();
            events.publish(EventTypes.USER_EMAIL_VERIFIED, account.lastOrganizationId(), id.toString(),
                    new UserEmailVerified(id, account.email()));
        }
        return changed;
    }

    public void changePassword(UUID id, String passwordHash) {
        jdbc.sql("update account set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    /** The organization the next login opens. */
    public void rememberOrganization(UUID id, UUID organizationId) {
        jdbc.sql("update account set last_organization_id = ? where id = ?").params(organizationId, id).update();
    }

    /**
     * @param organizationName the new organization's name on sign-up; null when joining an existing one
     * @param emailVerified    whether the address is proven already (an accepted invitation mail proves it)
     */
    public record NewAccount(UUID organizationId, String organizationName, String email, String passwordHash,
                             String name, String role, boolean emailVerified) {
    }
}

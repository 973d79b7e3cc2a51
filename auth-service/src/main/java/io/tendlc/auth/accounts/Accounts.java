package io.tendlc.auth.accounts;

import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.platform.events.EventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The credentials store. */
@Component
public class Accounts {

    private static final RowMapper<Account> ROW = (rs, i) -> new Account(rs.getObject("id", UUID.class),
            rs.getObject("organization_id", UUID.class), rs.getString("email"), rs.getString("password_hash"),
            rs.getString("name"), strings(rs.getArray("roles")));

    private final JdbcClient jdbc;
    private final EventPublisher events;

    Accounts(JdbcClient jdbc, EventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Account> byEmail(String email) {
        return jdbc.sql("select * from account where lower(email) = lower(?)").param(email)
                .query(ROW)
                .optional();
    }

    public Optional<Account> byId(UUID id) {
        return jdbc.sql("select * from account where id = ?").param(id)
                .query(ROW)
                .optional();
    }

    /** Creates the account and announces it; the organization's name travels with the event. */
    @Transactional
    public Account create(UUID organizationId, String organizationName, String email, String passwordHash, String name,
                          String role) {
        Account account = new Account(UUID.randomUUID(), organizationId, email, passwordHash, name, List.of(role));
        jdbc.sql("insert into account (id, organization_id, email, password_hash, name, roles) values (?, ?, ?, ?, ?, ?)")
                .params(account.id(), organizationId, email, passwordHash, name, new String[]{role}).update();
        events.publish(EventTypes.USER_CREATED, organizationId, account.id().toString(),
                new UserCreated(account.id(), organizationId, email, name, organizationName, role));
        return account;
    }

    static List<String> strings(Array array) {
        try {
            return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

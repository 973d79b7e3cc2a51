package io.tendlc.users.organizations;

import io.tendlc.platform.web.ApiProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The organizations: created with their first owner's sign-up, then renamed and configured by their managers. */
@Component
public class Organizations {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Organizations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Organization(UUID id, String name, String timeZone, OrganizationSettings settings,
                               Instant createdAt) {
    }

    public Optional<Organization> find(UUID id) {
        return jdbc.sql("select id, name, time_zone, settings::text, created_at from organization where id = ?")
                .param(id).query(this::organization).optional();
    }

    /** Creates the organization unless it exists (a redelivered sign-up changes nothing). */
    public void createIfAbsent(UUID id, String name) {
        jdbc.sql("insert into organization (id, name) values (?, ?) on conflict (id) do nothing").params(id, name)
                .update();
    }

    /**
     * The organization, locked until the transaction ends, so that changes that must see all of the organization's
     * invitations (or members) at once are serialized.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Organization lock(UUID id) {
        return jdbc.sql("select id, name, time_zone, settings::text, created_at from organization where id = ? for update")
                .param(id).query(this::organization).optional()
                .orElseThrow(() -> ApiProblem.notFound("Organization"));
    }

    /** Applies the given changes (null = unchanged); settings are merged key by key. */
    @Transactional
    public Organization update(UUID id, String name, String timeZone, Map<String, ?> settingsPatch) {
        Organization current = lock(id);
        OrganizationSettings settings = settingsPatch == null ? current.settings() : current.settings().merge(settingsPatch);
        jdbc.sql("""
                        update organization set name = ?, time_zone = ?, settings = ?::jsonb, updated_at = now()
                        where id = ?""")
                .params(name == null ? current.name() : name.strip(), timeZone == null ? current.timeZone() : timeZone,
                        json.writeValueAsString(settings.asMap()), id)
                .update();
        return find(id).orElseThrow();
    }

    private Organization organization(ResultSet rs, int row) throws SQLException {
        Map<?, ?> settings = json.readValue(rs.getString(4), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, ?> typed = (Map<String, ?>) settings;
        return new Organization(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                OrganizationSettings.of(typed), rs.getTimestamp(5).toInstant());
    }
}

package io.tendlc.auth;

import io.tendlc.embedded.EmbeddedPostgres;
import io.tendlc.embedded.SharedServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V2 moves the single organization and role of a V1 account into its membership, losing nobody. */
class MigrationTest {

    @Test
    void aVersionOneAccountKeepsItsOrganizationAndRole() {
        EmbeddedPostgres pg = SharedServers.postgres();
        String schema = "auth_migration_" + UUID.randomUUID().toString().substring(0, 8);
        DriverManagerDataSource db = new DriverManagerDataSource(pg.jdbcUrl(), pg.user(), pg.password());
        JdbcClient jdbc = JdbcClient.create(db);
        UUID account = UUID.randomUUID();
        UUID org = UUID.randomUUID();

        flyway(db, schema, "1").migrate();
        jdbc.sql("insert into " + schema + ".account (id, organization_id, email, password_hash, name, roles) "
                + "values (?, ?, 'old@example.com', 'x', 'Old', '{ADMIN}')").params(account, org).update();
        flyway(db, schema, "latest").migrate();

        assertThat(jdbc.sql("select role from " + schema + ".membership where account_id = ? and organization_id = ?")
                .params(account, org).query(String.class).single()).isEqualTo("ADMIN");
        assertThat(jdbc.sql("select last_organization_id from " + schema + ".account where id = ?").param(account)
                .query(UUID.class).single()).isEqualTo(org);
        assertThat(jdbc.sql("select email_verified_at is not null from " + schema + ".account where id = ?")
                .param(account).query(Boolean.class).single()).isTrue();
    }

    private static Flyway flyway(DriverManagerDataSource db, String schema, String target) {
        return Flyway.configure().dataSource(db).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/platform", "classpath:db/migration").target(target).load();
    }
}

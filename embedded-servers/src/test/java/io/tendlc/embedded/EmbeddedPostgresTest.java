package io.tendlc.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @Test
    void sharedServerAnswersAsTheTendlcUserWithDurabilityOff() throws SQLException {
        EmbeddedPostgres postgres = SharedServers.postgres();

        try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select 1")).isEqualTo("1");
            statement.execute("create table pg_smoke (id int primary key, name text)");
            statement.execute("insert into pg_smoke values (1, 'one')");
            assertThat(single(statement, "select name from pg_smoke where id = 1")).isEqualTo("one");
            assertThat(single(statement, "select current_user")).isEqualTo("tendlc");
            assertThat(single(statement, "show fsync")).isEqualTo("off");
            assertThat(single(statement, "show max_connections")).isEqualTo("300");
            assertThat(single(statement, "select version()")).startsWith("PostgreSQL 17");
        }
    }

    @Test
    void durableServerKeepsItsDataAcrossRestarts(@TempDir Path dataDir) throws SQLException {
        try (EmbeddedPostgres postgres = durable(dataDir);
                Connection connection = connect(postgres);
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "show fsync")).isEqualTo("on");
            assertThat(single(statement, "show synchronous_commit")).isEqualTo("on");
            statement.execute("create table kept (id int)");
            statement.execute("insert into kept values (42)");
        }

        try (EmbeddedPostgres postgres = durable(dataDir);
                Connection connection = connect(postgres);
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select id from kept")).isEqualTo("42");
        }
    }

    private static EmbeddedPostgres durable(Path dataDir) {
        return EmbeddedPostgres.builder().dataDirectory(dataDir.resolve("pg")).durable(true).start();
    }

    private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}

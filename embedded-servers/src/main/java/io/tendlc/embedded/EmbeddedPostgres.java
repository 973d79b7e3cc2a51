package io.tendlc.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * PostgreSQL 17 (zonky binaries) with a {@code tendlc} role and database, like the one services get
 * in deployments.
 */
public final class EmbeddedPostgres implements EmbeddedServer {

    public static final String DATABASE = "tendlc";
    public static final String USER = "tendlc";
    public static final String PASSWORD = "tendlc";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Stops a postmaster still running on this data directory because the JVM that started it was killed
     * (SIGKILL skips shutdown hooks). {@link Builder#start()} does this too; call it earlier to free the port.
     */
    public static void stopOrphan(Path dataDirectory) {
        StaleProcess.terminate(dataDirectory.resolve("postmaster.pid"), "postgres");
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public String address() {
        return jdbcUrl();
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** Superuser access, for tests that need to reset schemas. */
    public DataSource superuserDataSource() {
        return server.getDatabase("postgres", DATABASE);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // zonky logs the failure itself; the process dies with the JVM at the latest
        }
    }

    public static final class Builder {
        private int port;
        private Path dataDirectory;
        private boolean durable;
        private int maxConnections = 300;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Kept across restarts; without it the data lives in a temp directory deleted on close. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /**
         * zonky turns fsync and synchronous_commit off, which is right for tests and wrong for a dev
         * stack whose data should survive a crash (and for benchmarks, whose figures it inflates).
         */
        public Builder durable(boolean durable) {
            this.durable = durable;
            return this;
        }

        /** Eleven services with connection pools need more than Postgres' default of 100. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        public EmbeddedPostgres start() {
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60)) // 10 s default is short on a busy 2-core box
                    .setServerConfig("max_connections", Integer.toString(maxConnections))
                    // zonky always passes -F (fsync off); a later -c wins, so durability is explicit both ways
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off");
            if (dataDirectory != null) {
                Path dir = Directories.create(dataDirectory);
                stopOrphan(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            try {
                EmbeddedPostgres postgres = new EmbeddedPostgres(builder.start());
                postgres.createRoleAndDatabase();
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
        }
    }

    private void createRoleAndDatabase() {
        // connect as the superuser to the always-present "postgres" database; CREATE DATABASE cannot
        // run inside a transaction or take IF NOT EXISTS, hence the existence checks
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", USER)) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the " + DATABASE + " role and database", e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}

package io.tendlc.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/** Redis 6.2 (codemonstur's bundled binary) as a child process bound to loopback only. */
public final class EmbeddedRedis implements EmbeddedServer {

    private static final String PID_FILE = "redis.pid";

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Stops a Redis still serving this data directory after its JVM was killed; {@link Builder#start()} does it too. */
    public static void stopOrphan(Path dataDirectory) {
        StaleProcess.terminate(dataDirectory.resolve(PID_FILE), "redis-server");
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public String address() {
        return url();
    }

    public String url() {
        return "redis://localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            // the library's own shutdown hook kills the process at JVM exit at the latest
        }
    }

    public static final class Builder {
        private int port;
        private Path dataDirectory;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Persist to an append-only file there; without it Redis keeps everything in memory only. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        public EmbeddedRedis start() {
            int actualPort = port != 0 ? port : Ports.free();
            var builder = RedisServer.newRedisServer()
                    .port(actualPort)
                    .bind("127.0.0.1") // the bundled default binds every interface, with no password
                    .setting("protected-mode yes")
                    // SIGTERM and wait (SIGKILL would skip the final AOF flush and return before the port is free)
                    .onShutdownForceStop(false)
                    // the library echoes Redis' stdout to ours unless told otherwise
                    .soutListener(line -> { })
                    .serrListener(line -> { });
            if (dataDirectory != null) {
                Path dir = Directories.create(dataDirectory).toAbsolutePath();
                Path pidFile = dir.resolve(PID_FILE);
                stopOrphan(dir);
                builder.setting("dir " + dir)
                        .setting("pidfile " + pidFile)
                        .setting("appendonly yes")
                        .setting("appendfsync everysec");
            } else {
                builder.setting("save \"\"").setting("appendonly no");
            }
            try {
                RedisServer server = builder.build();
                server.start();
                return new EmbeddedRedis(server, actualPort);
            } catch (IOException e) {
                throw new UncheckedIOException("Redis did not start on port " + actualPort, e);
            }
        }
    }
}

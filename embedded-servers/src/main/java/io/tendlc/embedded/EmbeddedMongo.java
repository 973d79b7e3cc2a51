package io.tendlc.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;

/**
 * The MongoDB wire protocol from mongo-java-server: CRUD, unique indexes and the common aggregation
 * stages work; TTL and text indexes are ignored; no transactions or change streams.
 */
public final class EmbeddedMongo implements EmbeddedServer {

    private final MongoServer server;
    private final MongoBackend backend;
    private final int port;

    private EmbeddedMongo(MongoServer server, MongoBackend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public String address() {
        return connectionString();
    }

    /** Without a database name: clients pick theirs. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close(); // flushes the H2 store, if any
    }

    public static final class Builder {
        private int port;
        private Path dataFile;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** An H2 MVStore file that survives restarts; without it the data lives in memory. */
        public Builder dataFile(Path dataFile) {
            this.dataFile = dataFile;
            return this;
        }

        public EmbeddedMongo start() {
            MongoBackend backend = dataFile == null ? new MemoryBackend() : h2(dataFile);
            MongoServer server = new MongoServer(backend);
            try {
                server.bind("127.0.0.1", port);
            } catch (RuntimeException e) {
                backend.close();
                throw new IllegalStateException("MongoDB did not start on port " + port, e);
            }
            return new EmbeddedMongo(server, backend, server.getLocalAddress().getPort());
        }

        private static MongoBackend h2(Path file) {
            Directories.create(file.toAbsolutePath().getParent());
            return new H2Backend(file.toAbsolutePath().toString());
        }
    }
}

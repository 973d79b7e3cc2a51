package io.tendlc.embedded;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One KRaft node acting as broker and controller, in this JVM, on the same Kafka version as the
 * clients Spring Boot manages. Storage is formatted the way {@code kafka-storage.sh format} does it.
 */
public final class EmbeddedKafka implements EmbeddedServer {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDirectory;
    private final boolean temporary;

    private EmbeddedKafka(KafkaRaftServer server, int port, Path logDirectory, boolean temporary) {
        this.server = server;
        this.port = port;
        this.logDirectory = logDirectory;
        this.temporary = temporary;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String address() {
        return bootstrapServers();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            if (temporary) {
                Directories.deleteQuietly(logDirectory);
            }
        }
    }

    public static final class Builder {
        private int port;
        private Path logDirectory;
        private int partitions = 3;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Kept across restarts; without it the log lives in a temp directory deleted on close. */
        public Builder logDirectory(Path logDirectory) {
            this.logDirectory = logDirectory;
            return this;
        }

        /** Partitions of auto-created topics: few for tests (fast), 12 for the dev stack (like production). */
        public Builder partitions(int partitions) {
            this.partitions = partitions;
            return this;
        }

        public EmbeddedKafka start() {
            boolean temporary = logDirectory == null;
            Path dir = temporary ? Directories.createTemp("kafka") : Directories.create(logDirectory);
            // the controller port must be known before binding (it is part of the voter list), so both
            // ports are chosen up front; another process may grab one meanwhile, hence the retries
            RuntimeException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                int brokerPort = port != 0 ? port : Ports.free();
                try {
                    return start(dir, brokerPort, Ports.free(), temporary);
                } catch (RuntimeException e) {
                    last = e;
                    if (port != 0) {
                        break;
                    }
                }
            }
            if (temporary) {
                Directories.deleteQuietly(dir);
            }
            throw new IllegalStateException("Kafka did not start", last);
        }

        private EmbeddedKafka start(Path dir, int brokerPort, int controllerPort, boolean temporary) {
            KafkaConfig config = new KafkaConfig(properties(dir, brokerPort, controllerPort));
            format(config, dir);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                server.shutdown();
                throw e;
            }
            return new EmbeddedKafka(server, brokerPort, dir, temporary);
        }

        private Properties properties(Path dir, int brokerPort, int controllerPort) {
            Properties props = new Properties();
            props.put("process.roles", "broker,controller");
            props.put("node.id", Integer.toString(NODE_ID));
            props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
            props.put("controller.listener.names", CONTROLLER_LISTENER);
            props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
            props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            props.put("inter.broker.listener.name", "PLAINTEXT");
            props.put("log.dirs", dir.toAbsolutePath().toString());
            props.put("auto.create.topics.enable", "true");
            props.put("num.partitions", Integer.toString(partitions));
            // a single node can only hold one replica of the internal topics
            props.put("offsets.topic.replication.factor", "1");
            props.put("offsets.topic.num.partitions", "5");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("transaction.state.log.num.partitions", "5");
            props.put("share.coordinator.state.topic.replication.factor", "1");
            props.put("share.coordinator.state.topic.min.isr", "1");
            // consumers join at once instead of waiting 3 s for more members that never come
            props.put("group.initial.rebalance.delay.ms", "0");
            // the log cleaner allocates this buffer on the heap (128 MB by default) of whoever embeds us
            props.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
            // sized for two cores shared with everything else
            props.put("num.network.threads", "2");
            props.put("num.io.threads", "4");
            props.put("background.threads", "4");
            props.put("num.recovery.threads.per.data.dir", "1");
            return props;
        }

        private static void format(KafkaConfig config, Path dir) {
            if (Files.exists(dir.resolve("meta.properties"))) {
                return; // formatted on an earlier start; its cluster id must be kept
            }
            try {
                new Formatter()
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setNodeId(NODE_ID)
                        .setClusterId(Uuid.randomUuid().toString())
                        .setDirectories(List.of(dir.toAbsolutePath().toString()))
                        .setMetadataLogDirectory(config.metadataLogDir())
                        .setControllerListenerName(CONTROLLER_LISTENER)
                        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                        .run();
            } catch (Exception e) {
                throw new IllegalStateException("could not format Kafka storage in " + dir, e);
            }
        }
    }
}

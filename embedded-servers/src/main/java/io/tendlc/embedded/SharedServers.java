package io.tendlc.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One server of each kind per JVM, started on first use on a free port with temp storage and stopped
 * at JVM exit. Integration tests in every module call these; Surefire reuses one JVM per module, so
 * each server starts once per module however many test classes and Spring contexts use it.
 */
public final class SharedServers {

    private static final Logger log = LoggerFactory.getLogger(SharedServers.class);

    private static final List<EmbeddedServer> started = Collections.synchronizedList(new ArrayList<>());

    private static final Shared<EmbeddedPostgres> POSTGRES = new Shared<>(() -> EmbeddedPostgres.builder().start());
    private static final Shared<EmbeddedKafka> KAFKA = new Shared<>(() -> EmbeddedKafka.builder().start());
    private static final Shared<EmbeddedRedis> REDIS = new Shared<>(() -> EmbeddedRedis.builder().start());
    private static final Shared<EmbeddedMongo> MONGO = new Shared<>(() -> EmbeddedMongo.builder().start());
    private static final Shared<EmbeddedSmtp> SMTP = new Shared<>(() -> EmbeddedSmtp.start(0));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SharedServers::stopAll, "tendlc-shared-servers-stop"));
    }

    private SharedServers() {
    }

    public static EmbeddedPostgres postgres() {
        return POSTGRES.get();
    }

    public static EmbeddedKafka kafka() {
        return KAFKA.get();
    }

    public static EmbeddedRedis redis() {
        return REDIS.get();
    }

    public static EmbeddedMongo mongo() {
        return MONGO.get();
    }

    public static EmbeddedSmtp smtp() {
        return SMTP.get();
    }

    private static void stopAll() {
        // Spring's test context cache closes its contexts in its own shutdown hook, concurrently with this
        // one; Kafka consumers whose broker vanished mid-close retry for up to 30 s, so let Spring go first
        ShutdownHooks.awaitOthers(Duration.ofSeconds(15));
        List<EmbeddedServer> servers;
        synchronized (started) {
            servers = new ArrayList<>(started);
        }
        Collections.reverse(servers);
        servers.forEach(EmbeddedServer::close);
    }

    /** Starts once, thread-safely; a failed start is remembered so later callers fail fast with the cause. */
    private static final class Shared<T extends EmbeddedServer> {
        private final Supplier<T> starter;
        private T server;
        private RuntimeException failure;

        Shared(Supplier<T> starter) {
            this.starter = starter;
        }

        synchronized T get() {
            if (server != null) {
                return server;
            }
            if (failure != null) {
                throw new IllegalStateException("this server failed to start earlier in this JVM", failure);
            }
            long startedAt = System.nanoTime();
            try {
                server = starter.get();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            started.add(server);
            log.info("Shared {} started at {} in {} ms", server.name(), server.address(),
                    (System.nanoTime() - startedAt) / 1_000_000);
            return server;
        }
    }
}

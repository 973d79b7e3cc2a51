package io.tendlc.devstack.infra;

import io.tendlc.devstack.Console;
import io.tendlc.devstack.DataDirectory;
import io.tendlc.embedded.EmbeddedServer;
import io.tendlc.embedded.EmbeddedSmtp;
import io.tendlc.embedded.Ports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.LoggerFactory;

/**
 * The backing servers of the dev stack: embedded ones started in parallel (each prints one line), or
 * the user's own, named by environment variables. Yields the variables that point the services at them.
 */
public final class Infrastructure implements AutoCloseable {

    private final List<EmbeddedServer> started = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> environment = Collections.synchronizedMap(new LinkedHashMap<>());
    private MailView mailView;

    private Infrastructure() {
    }

    /** Starts what the environment does not provide; on any failure stops what did start and throws. */
    public static Infrastructure start(DataDirectory data, InfraPorts ports, Map<String, String> env, Console console) {
        Infrastructure infra = new Infrastructure();
        LoggerFactory.getILoggerFactory(); // initialise logging here, not racily in the parallel starts below
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Void>> starts = InfraServers.all(ports).stream()
                    .map(server -> CompletableFuture.runAsync(() -> infra.startOne(server, data, env, console), pool))
                    .toList();
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
            infra.startMailView(ports.mailView(), console);
        } catch (RuntimeException e) {
            infra.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return infra;
    }

    private void startOne(InfraServer<?> server, DataDirectory data, Map<String, String> env, Console console) {
        if (server.isExternal(env)) {
            environment.putAll(server.externalEnvironment(env));
            console.state(server.name(), server.port(), "external (" + env.get(server.variables().getFirst()) + ")");
            return;
        }
        server.stopOrphan().accept(data);
        if (Ports.isListening(server.port())) {
            console.state(server.name(), server.port(), "FAILED (port in use)");
            throw new IllegalStateException("port " + server.port() + " is in use; stop what holds it, or set "
                    + server.variables().getFirst() + " to use your own " + server.name());
        }
        long startedAt = System.nanoTime();
        try {
            InfraServer.Started running = server.start(data);
            started.add(running.server());
            environment.putAll(running.environment());
            console.state(server.name(), server.port(), "UP in " + Console.seconds(Duration.ofNanos(System.nanoTime() - startedAt)));
        } catch (RuntimeException e) {
            console.state(server.name(), server.port(), "FAILED (" + e.getMessage() + ", see " + data.display(data.log("infra")) + ")");
            throw e;
        }
    }

    private void startMailView(int port, Console console) {
        started.stream().filter(EmbeddedSmtp.class::isInstance).map(EmbeddedSmtp.class::cast).findFirst().ifPresent(smtp -> {
            mailView = MailView.start(smtp, port);
            console.state("mail view", port, "UP (" + mailView.url() + ")");
        });
    }

    /** DB_URL, KAFKA_BOOTSTRAP_SERVERS, REDIS_URL, ELASTICSEARCH_URL, MONGODB_URI, SMTP_HOST, SMTP_PORT. */
    public Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    public boolean hasMailView() {
        return mailView != null;
    }

    /** Stops the embedded servers in reverse start order. */
    @Override
    public void close() {
        if (mailView != null) {
            mailView.close();
        }
        List<EmbeddedServer> servers = new ArrayList<>(started);
        Collections.reverse(servers);
        servers.forEach(EmbeddedServer::close);
        started.clear();
    }
}

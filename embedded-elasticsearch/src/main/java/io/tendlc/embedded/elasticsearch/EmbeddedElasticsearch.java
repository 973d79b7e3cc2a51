package io.tendlc.embedded.elasticsearch;

import io.tendlc.embedded.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * A single-node Elasticsearch in this JVM, HTTP on loopback, security off (the x-pack modules are not
 * on the classpath). Only the built-in analyzers exist: no language analyzers, painless or update-by-query.
 */
public final class EmbeddedElasticsearch implements EmbeddedServer {

    private static final String NETTY_PROCESSORS = "es.set.netty.runtime.available.processors";

    private static boolean jvmConfigured;

    private final Node node;
    private final int port;
    private final Path home;
    private final boolean temporary;

    private EmbeddedElasticsearch(Node node, int port, Path home, boolean temporary) {
        this.node = node;
        this.port = port;
        this.home = home;
        this.temporary = temporary;
    }

    /**
     * Starts a node; {@code dataDir} null keeps the data in a temp directory deleted on close, {@code httpPort}
     * 0 picks a free port.
     */
    public static EmbeddedElasticsearch start(Path dataDir, int httpPort) {
        configureJvm();
        boolean temporary = dataDir == null;
        Path home = temporary ? createTemp() : dataDir.toAbsolutePath();
        Node node = new ClasspathPluginsNode(
                InternalSettingsPreparer.prepareEnvironment(settings(home, httpPort), Map.of(), null, () -> "embedded"),
                List.of(Netty4Plugin.class, RootEndpointPlugin.class));
        try {
            node.start();
        } catch (NodeValidationException | RuntimeException e) {
            closeQuietly(node);
            throw new IllegalStateException("Elasticsearch did not start", e);
        }
        int boundPort = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        return new EmbeddedElasticsearch(node, boundPort, home, temporary);
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public String address() {
        return url();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        closeQuietly(node);
        if (temporary) {
            deleteQuietly(home);
        }
    }

    private static Settings settings(Path home, int httpPort) {
        return Settings.builder()
                .put("cluster.name", "tendlc")
                .put("node.name", "embedded")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", 0) // node-to-node transport is unused, but Netty binds it anyway
                // a nearly full developer disk must not turn every index read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
    }

    /** Once per JVM, before any ES class logs or touches Netty. */
    private static synchronized void configureJvm() {
        if (!jvmConfigured) {
            LogConfigurator.configureESLogging();
            // ES pins Netty's processor count, which fails if another Netty user in this JVM (Lettuce, the Mongo
            // server, reactor-netty) got there first; Netty's own default is what those users see anyway
            if (System.getProperty(NETTY_PROCESSORS) == null) {
                System.setProperty(NETTY_PROCESSORS, "false");
            }
            jvmConfigured = true;
        }
    }

    private static void closeQuietly(Node node) {
        try {
            node.close();
            node.awaitClose(20, TimeUnit.SECONDS);
        } catch (IOException | RuntimeException e) {
            // stopping is best effort; the JVM exit ends the node's threads anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path createTemp() {
        try {
            return Files.createTempDirectory("tendlc-elasticsearch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp directory is not worth failing for
        }
    }
}

package io.tendlc.embedded.elasticsearch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Elasticsearch node per JVM for integration tests, like {@code io.tendlc.embedded.SharedServers}:
 * started on first use on a free port with temp storage, stopped at JVM exit.
 */
public final class SharedElasticsearch {

    private static final Logger log = LoggerFactory.getLogger(SharedElasticsearch.class);

    private static EmbeddedElasticsearch node;
    private static RuntimeException failure;

    private SharedElasticsearch() {
    }

    public static synchronized EmbeddedElasticsearch get() {
        if (node != null) {
            return node;
        }
        if (failure != null) {
            throw new IllegalStateException("Elasticsearch failed to start earlier in this JVM", failure);
        }
        long startedAt = System.nanoTime();
        try {
            node = EmbeddedElasticsearch.start(null, 0);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
        log.info("Shared elasticsearch started at {} in {} ms", node.url(), (System.nanoTime() - startedAt) / 1_000_000);
        EmbeddedElasticsearch started = node;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "tendlc-shared-elasticsearch-stop"));
        return node;
    }
}

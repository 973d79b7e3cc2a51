package io.tendlc.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SharedServersTest {

    @Test
    void concurrentCallersGetTheSameRunningServer() throws Exception {
        List<Callable<EmbeddedMongo>> callers = IntStream.range(0, 8)
                .<Callable<EmbeddedMongo>>mapToObj(i -> SharedServers::mongo)
                .toList();
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<EmbeddedMongo> servers = pool.invokeAll(callers).stream().map(SharedServersTest::join).toList();
            assertThat(servers).allSatisfy(server -> assertThat(server).isSameAs(servers.getFirst()));
            assertThat(Ports.isListening(servers.getFirst().port())).isTrue();
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

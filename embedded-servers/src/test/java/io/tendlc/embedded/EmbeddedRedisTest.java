package io.tendlc.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import java.nio.file.Path;
import java.util.function.Consumer;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRedisTest {

    @Test
    void sharedServerAnswersPingSetAndGet() {
        withRedis(SharedServers.redis(), redis -> {
            assertThat(redis.ping()).isEqualTo("PONG");
            redis.set("greeting", "hello");
            assertThat(redis.get("greeting")).isEqualTo("hello");
        });
    }

    @Test
    void persistentServerKeepsKeysAcrossRestarts(@TempDir Path dir) {
        try (EmbeddedRedis server = EmbeddedRedis.builder().dataDirectory(dir).start()) {
            withRedis(server, redis -> redis.set("kept", "yes"));
        }
        try (EmbeddedRedis server = EmbeddedRedis.builder().dataDirectory(dir).start()) {
            withRedis(server, redis -> assertThat(redis.get("kept")).isEqualTo("yes"));
        }
    }

    private static void withRedis(EmbeddedRedis server, Consumer<RedisCommands<String, String>> action) {
        RedisClient client = RedisClient.create(server.url());
        try (var connection = client.connect()) {
            action.accept(connection.sync());
        } finally {
            client.shutdown();
        }
    }
}

package io.tendlc.gateway;

import io.tendlc.embedded.SharedServers;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The shared embedded Redis (started once per test JVM), handed to Spring Boot as connection details. */
@TestConfiguration(proxyBeanMethods = false)
class EmbeddedRedisConnection {

    @Bean
    DataRedisConnectionDetails embeddedRedisConnection() {
        int port = SharedServers.redis().port();
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of("localhost", port);
            }
        };
    }
}

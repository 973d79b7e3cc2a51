package io.tendlc.platform.test;

import io.tendlc.embedded.EmbeddedPostgres;
import io.tendlc.embedded.SharedServers;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.util.List;

/**
 * Real PostgreSQL and Kafka, started once per test JVM, handed to Spring Boot as connection details — no URL is
 * ever written in a test. Tokens are validated with {@link TestTokens}' key, the way services validate
 * auth-service's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedInfrastructure {

    @Bean
    JdbcConnectionDetails embeddedPostgresConnection() {
        EmbeddedPostgres pg = SharedServers.postgres();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return pg.user();
            }

            @Override
            public String getPassword() {
                return pg.password();
            }

            @Override
            public String getJdbcUrl() {
                return pg.jdbcUrl();
            }
        };
    }

    @Bean
    KafkaConnectionDetails embeddedKafkaConnection() {
        String bootstrap = SharedServers.kafka().bootstrapServers();
        return () -> List.of(bootstrap);
    }

    @Bean
    JwtDecoder testJwtDecoder() {
        return TestTokens.decoder();
    }
}

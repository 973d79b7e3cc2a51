package io.tendlc.platform.test;

import io.tendlc.embedded.EmbeddedPostgres;
import io.tendlc.embedded.SharedServers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.util.List;

/**
 * Real PostgreSQL, Kafka and Redis, started once per test JVM, handed to Spring Boot as connection details — no URL is
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

    /**
     * Tokens are validated as in production (Nimbus fetching keys by {@code kid} from a JWKS URI), against
     * {@link TestJwks}. auth-service's own tests set {@code platform.test.jwks=own} to use its real JWKS instead.
     */
    @Bean
    @ConditionalOnProperty(name = "platform.test.jwks", havingValue = "test", matchIfMissing = true)
    JwtDecoder testJwtDecoder() {
        return NimbusJwtDecoder.withJwkSetUri(TestJwks.url()).build();
    }

    /** The shared embedded Redis, for services that use Redis. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails")
    static class EmbeddedRedisConnection {

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
}

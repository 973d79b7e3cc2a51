package io.tendlc.compliance;

import com.mongodb.ConnectionString;
import io.tendlc.embedded.SharedServers;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The shared embedded MongoDB wire server (mongo-java-server), handed to Spring Boot as connection details. */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedMongoConnection {

    @Bean
    MongoConnectionDetails embeddedMongoConnection() {
        ConnectionString connection = new ConnectionString(SharedServers.mongo().connectionString() + "/compliance");
        return () -> connection;
    }
}

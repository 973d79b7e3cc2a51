package io.tendlc.compliance.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The consent ledger's and audit log's database: the one the connection string names ({@code MONGODB_URI}, e.g.
 * {@code mongodb://localhost:27018/tendlc}), {@code tendlc} if it names none.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfig {

    static final String DEFAULT_DATABASE = "tendlc";

    @Bean
    MongoDatabase complianceDatabase(MongoClient client, MongoConnectionDetails connection) {
        String database = connection.getConnectionString().getDatabase();
        return client.getDatabase(database == null || database.isBlank() ? DEFAULT_DATABASE : database);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

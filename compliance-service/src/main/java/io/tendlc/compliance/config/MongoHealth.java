package io.tendlc.compliance.config;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Ready when the ledger's database answers a ping. Replaces Boot's indicator (bean name {@code mongoHealthIndicator}),
 * which runs {@code hello} against every database of the server: more than readiness needs, and a command the
 * embedded wire server of the dev stack and tests does not implement.
 */
@Component("mongoHealthIndicator")
class MongoHealth extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoHealth(MongoDatabase database) {
        super("MongoDB health check failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}

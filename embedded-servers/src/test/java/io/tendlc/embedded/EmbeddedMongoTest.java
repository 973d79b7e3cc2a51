package io.tendlc.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @Test
    void sharedServerStoresAndFindsADocument() {
        withCollection(SharedServers.mongo(), audit -> {
            audit.insertOne(new Document("action", "login").append("user", "u1"));
            assertThat(audit.find(new Document("user", "u1")).first()).containsEntry("action", "login");
        });
    }

    @Test
    void fileBackedServerKeepsDocumentsAcrossRestarts(@TempDir Path dir) {
        Path file = dir.resolve("mongo.mv");
        try (EmbeddedMongo mongo = EmbeddedMongo.builder().dataFile(file).start()) {
            withCollection(mongo, audit -> audit.insertOne(new Document("kept", true)));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.builder().dataFile(file).start()) {
            withCollection(mongo, audit -> assertThat(audit.countDocuments(new Document("kept", true))).isEqualTo(1));
        }
    }

    private static void withCollection(EmbeddedMongo mongo, Consumer<MongoCollection<Document>> action) {
        try (var client = MongoClients.create(mongo.connectionString())) {
            action.accept(client.getDatabase("tendlc").getCollection("audit"));
        }
    }
}

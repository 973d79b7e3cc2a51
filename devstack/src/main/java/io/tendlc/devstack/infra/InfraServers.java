package io.tendlc.devstack.infra;

import io.tendlc.devstack.DataDirectory;
import io.tendlc.embedded.EmbeddedKafka;
import io.tendlc.embedded.EmbeddedMongo;
import io.tendlc.embedded.EmbeddedPostgres;
import io.tendlc.embedded.EmbeddedRedis;
import io.tendlc.embedded.EmbeddedSmtp;
import io.tendlc.embedded.elasticsearch.EmbeddedElasticsearch;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The dev stack's backing servers: durable storage under data/, fixed ports, the variables services read. */
final class InfraServers {

    /** Auto-created topics get as many partitions as in production, so ordering bugs show up locally. */
    private static final int KAFKA_PARTITIONS = 12;
    /** In-JVM servers die with the launcher, so nothing of theirs can be left running. */
    private static final Consumer<DataDirectory> NOTHING_TO_STOP = data -> { };

    static List<InfraServer<?>> all(InfraPorts ports) {
        return List.of(
                new InfraServer<EmbeddedPostgres>("postgres", ports.postgres(), List.of("DB_URL", "DB_USER", "DB_PASSWORD"),
                        data -> EmbeddedPostgres.stopOrphan(data.server("postgres")),
                        data -> EmbeddedPostgres.builder().port(ports.postgres())
                                .dataDirectory(data.server("postgres")).durable(true).start(),
                        pg -> Map.of("DB_URL", pg.jdbcUrl(), "DB_USER", pg.user(), "DB_PASSWORD", pg.password())),
                new InfraServer<EmbeddedKafka>("kafka", ports.kafka(), List.of("KAFKA_BOOTSTRAP_SERVERS"),
                        NOTHING_TO_STOP,
                        data -> EmbeddedKafka.builder().port(ports.kafka())
                                .logDirectory(data.server("kafka")).partitions(KAFKA_PARTITIONS).start(),
                        kafka -> Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers())),
                new InfraServer<EmbeddedRedis>("redis", ports.redis(), List.of("REDIS_URL"),
                        data -> EmbeddedRedis.stopOrphan(data.server("redis")),
                        data -> EmbeddedRedis.builder().port(ports.redis()).dataDirectory(data.server("redis")).start(),
                        redis -> Map.of("REDIS_URL", redis.url())),
                new InfraServer<EmbeddedElasticsearch>("elasticsearch", ports.elasticsearch(), List.of("ELASTICSEARCH_URL"),
                        NOTHING_TO_STOP,
                        data -> EmbeddedElasticsearch.start(data.server("elasticsearch"), ports.elasticsearch()),
                        es -> Map.of("ELASTICSEARCH_URL", es.url())),
                new InfraServer<EmbeddedMongo>("mongodb", ports.mongodb(), List.of("MONGODB_URI"),
                        NOTHING_TO_STOP,
                        data -> EmbeddedMongo.builder().port(ports.mongodb())
                                .dataFile(data.server("mongodb").resolve("mongo.mv")).start(),
                        mongo -> Map.of("MONGODB_URI", mongo.connectionString() + "/tendlc")),
                new InfraServer<EmbeddedSmtp>("smtp", ports.smtp(), List.of("SMTP_HOST", "SMTP_PORT"),
                        NOTHING_TO_STOP,
                        data -> EmbeddedSmtp.start(ports.smtp()),
                        smtp -> Map.of("SMTP_HOST", smtp.host(), "SMTP_PORT", Integer.toString(smtp.port()))));
    }

    private InfraServers() {
    }
}

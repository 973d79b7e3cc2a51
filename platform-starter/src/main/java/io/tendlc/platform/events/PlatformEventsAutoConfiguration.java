package io.tendlc.platform.events;

import io.micrometer.tracing.Tracer;
import io.tendlc.events.EventSerde;
import io.tendlc.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

import javax.sql.DataSource;
import java.util.stream.Stream;

/** Outbox publishing, idempotent consumption and dead letters for every service that has a database and Kafka. */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class},
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration")
@ConditionalOnBean({DataSource.class, KafkaTemplate.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class PlatformEventsAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "platform.outbox.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager txManager, KafkaTemplate<String, byte[]> kafka,
                            OutboxProperties properties, @Value("${platform.schema}") String schema) {
        return new OutboxRelay(jdbc, new TransactionTemplate(txManager), kafka, properties, schema);
    }

    @Bean
    @ConditionalOnProperty(name = "platform.outbox.enabled", matchIfMissing = true)
    EventPublisher eventPublisher(JdbcTemplate jdbc, OutboxRelay relay, ObjectProvider<Tracer> tracer) {
        return new EventPublisher(jdbc, relay, tracer);
    }

    @Bean
    DeadLetters deadLetters(KafkaTemplate<String, byte[]> kafka) {
        return new DeadLetters(kafka);
    }

    @Bean
    InboundEvents inboundEvents(JdbcTemplate jdbc, PlatformTransactionManager txManager, DeadLetters deadLetters) {
        return new InboundEvents(jdbc, new TransactionTemplate(txManager), deadLetters);
    }

    /**
     * Creates every platform topic and its dead-letter twin at start-up (existing ones are left alone), so
     * consumers never wait on auto-creation and partition counts are chosen, not defaulted. State topics are
     * compacted (after a day, so consumers that were down for a while still see every change).
     */
    @Bean
    KafkaAdmin.NewTopics platformTopics(@Value("${platform.kafka.partitions:12}") int partitions,
                                        @Value("${platform.kafka.replication-factor:1}") short replication) {
        return new KafkaAdmin.NewTopics(Topics.all().stream()
                .flatMap(t -> Stream.of(topic(t, partitions, replication),
                        new NewTopic(Topics.deadLetter(t), partitions, replication)))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, int partitions, short replication) {
        NewTopic topic = new NewTopic(name, partitions, replication);
        return Topics.stateTopics().contains(name)
                ? topic.configs(java.util.Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "86400000"))
                : topic;
    }

    /** Retries a failing record with backoff, then parks it on {@code <topic>-dlt}; unreadable records go there at once. */
    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafka) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(5_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(EventSerde.MalformedEventException.class);
        return handler;
    }
}

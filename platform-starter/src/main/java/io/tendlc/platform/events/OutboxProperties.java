package io.tendlc.platform.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param batchSize    events relayed per transaction
 * @param pollInterval how long the relay sleeps when idle; commits in this process wake it at once
 * @param sendTimeout  how long a batch may wait for Kafka's acknowledgements before it is retried
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(Integer batchSize, Duration pollInterval, Duration sendTimeout) {

    public OutboxProperties {
        batchSize = batchSize == null ? 1000 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
    }
}

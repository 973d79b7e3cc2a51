package io.tendlc.platform.test;

import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service started whole on a random port against the shared embedded servers. Keep one configuration per
 * module so Spring's context cache starts it once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=", "platform.outbox.poll-interval=100ms",
                "platform.kafka.partitions=3",
                "management.tracing.sampling.probability=1.0"})
@AutoConfigureTracing // Boot hands tests a no-op tracer otherwise; trace propagation is part of what we test
@Import(EmbeddedInfrastructure.class)
public @interface PlatformIntegrationTest {
}

package io.tendlc.brand;

import io.tendlc.platform.test.PlatformIntegrationTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one test configuration of this module (so Spring starts brand-service once): the platform's embedded servers,
 * the simulators process (TCR) reached through {@link TcrGate}, and a fixed port TCR's webhooks are delivered to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest
@ContextConfiguration(initializers = BrandServiceWiring.class)
public @interface BrandServiceTest {
}

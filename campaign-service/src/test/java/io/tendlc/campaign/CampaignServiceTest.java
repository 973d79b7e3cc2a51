package io.tendlc.campaign;

import io.tendlc.platform.test.PlatformIntegrationTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one test configuration of this module (so Spring starts campaign-service once): the platform's embedded
 * servers, the TCR simulator behind {@link TcrProxy}, and a fixed port the simulator's webhooks are sent to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest
@ContextConfiguration(initializers = TestWiring.class)
public @interface CampaignServiceTest {
}

package io.tendlc.compliance;

import io.tendlc.platform.test.PlatformIntegrationTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service whole against the shared embedded servers, MongoDB included. Every test class of the module uses this
 * one configuration, so Spring starts one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest
@Import(EmbeddedMongoConnection.class)
public @interface ComplianceIntegrationTest {
}

package io.tendlc.auth;

import io.tendlc.platform.test.PlatformIntegrationTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one test configuration of this module (so Spring starts the service once): auth-service against the shared
 * embedded servers, validating bearer tokens with its own keys — and, for the platform's shared tests, with
 * {@link io.tendlc.platform.test.TestTokens}' key too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest
@Import(AuthTestConfiguration.class)
@TestPropertySource(properties = "platform.test.jwks=own")
public @interface AuthServiceTest {
}

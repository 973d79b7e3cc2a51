package io.tendlc.users;

import io.tendlc.platform.test.PlatformIntegrationTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one test configuration of this module (so Spring starts user-service once): the platform's embedded servers,
 * and {@link AuthServiceStub} standing in for auth-service's {@code /internal/accounts}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest
@Import(AuthServiceStub.Wiring.class)
public @interface UserServiceTest {
}

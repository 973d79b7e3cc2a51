package io.tendlc.notification;

import io.tendlc.notification.mail.SmtpGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points every test context of this module at the shared embedded SMTP server (through {@link SmtpGate}, which
 * can refuse connections to stage an outage). A plain {@code @Configuration}, found by component scanning,
 * on purpose: a test that forgot it would otherwise mail whatever listens on localhost:2525, and every test
 * class shares one Spring context (and one Kafka consumer group) this way.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedSmtpConnection {

    /** The base of the links the test events carry, whatever PUBLIC_BASE_URL the shell running the tests has. */
    public static final String LINK_BASE = "http://localhost:8080";

    @Bean
    DynamicPropertyRegistrar embeddedSmtpProperties() {
        return registry -> {
            registry.add("spring.mail.host", () -> "localhost");
            registry.add("spring.mail.port", () -> SmtpGate.shared().port());
            registry.add("notification.mail.link-base", () -> LINK_BASE);
        };
    }
}

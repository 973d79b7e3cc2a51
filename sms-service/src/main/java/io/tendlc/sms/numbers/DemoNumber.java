package io.tendlc.sms.numbers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Dev stack only: the demo organization gets a sender number. Like any number it sends once assigned to an
 * approved campaign (the dev stack's seeding does that through the API); it was not bought at Twilio, so it has
 * no Twilio sid and joins no Messaging Service.
 */
@Component
@ConditionalOnProperty("platform.demo.enabled")
class DemoNumber implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNumber.class);

    private final PhoneNumbers numbers;
    private final DemoProperties demo;

    DemoNumber(PhoneNumbers numbers, DemoProperties demo) {
        this.numbers = numbers;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.organizationId() == null) {
            log.warn("Demo seeding is on but DEMO_ORG_ID is missing; no demo number added");
        } else if (numbers.add(demo.organizationId(), demo.senderNumber())) {
            log.info("Demo sender number added");
        }
    }

    @ConfigurationProperties("platform.demo")
    record DemoProperties(boolean enabled, UUID organizationId, String senderNumber) {
    }
}

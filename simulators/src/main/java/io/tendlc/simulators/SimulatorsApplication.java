package io.tendlc.simulators;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Stand-ins for the third parties the platform talks to (Twilio now; TCR and Stripe later), so the dev
 * stack, the end-to-end tests and the benchmarks run on one machine with the real client libraries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SimulatorsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SimulatorsApplication.class, args);
    }
}

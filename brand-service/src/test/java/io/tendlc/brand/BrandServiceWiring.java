package io.tendlc.brand;

import io.tendlc.embedded.Ports;
import io.tendlc.platform.test.TwilioSimulator;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * Wires the service under test to the simulators' TCR (through {@link TcrGate}, which tests can close) on a port
 * fixed before start-up, so the webhook subscription made at start-up names the right address.
 */
public class BrandServiceWiring implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final int PORT = Ports.free();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TwilioSimulator simulator = TwilioSimulator.shared();
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", PORT);
        properties.put("brands.public-base-url", "http://localhost:" + PORT);
        properties.put("brands.tcr.base-url", TcrGate.shared().url() + "/tcr/v2");
        properties.put("brands.tcr.api-key", TwilioSimulator.TCR_API_KEY);
        properties.put("brands.tcr.api-secret", TwilioSimulator.TCR_API_SECRET);
        properties.put("brands.tcr.webhook-secret", TwilioSimulator.TCR_WEBHOOK_SECRET);
        properties.put("brands.tcr.read-timeout", "5s");
        properties.put("brands.tcr.retry.backoff", "50ms");
        properties.put("brands.tcr.circuit-breaker.open-for", "1s");
        properties.put("brands.sync.interval", "300ms");
        properties.put("brands.sync.initial-backoff", "300ms");
        properties.put("brands.sync.max-backoff", "2s");
        properties.put("brands.sync.in-flight-grace", "20s");
        properties.put("brands.reconcile.stale-after", "6s");
        properties.put("brands.reconcile.interval", "500ms");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("brandServiceWiring", properties));
        TcrGate.shared().forwardTo(simulator.baseUrl());
    }
}

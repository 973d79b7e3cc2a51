package io.tendlc.campaign;

import io.tendlc.embedded.Ports;
import io.tendlc.platform.test.TwilioSimulator;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * Wires the service under test to the TCR simulator (through {@link TcrProxy}, which can play a TCR that is down)
 * on a fixed port, so the webhook subscription it makes at start-up points back at it. Short intervals keep the
 * retry job and the reconciler quick.
 */
public class TestWiring implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final int PORT = Ports.free();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", PORT);
        properties.put("campaigns.public-base-url", "http://localhost:" + PORT);
        properties.put("campaigns.tcr.base-url", TcrProxy.shared().url() + "/tcr/v2");
        properties.put("campaigns.tcr.api-key", TwilioSimulator.TCR_API_KEY);
        properties.put("campaigns.tcr.api-secret", TwilioSimulator.TCR_API_SECRET);
        properties.put("campaigns.tcr.webhook-secret", TwilioSimulator.TCR_WEBHOOK_SECRET);
        properties.put("campaigns.tcr.retry-attempts", 2);
        properties.put("campaigns.tcr.circuit-breaker-open-for", "1s");
        properties.put("campaigns.submission.interval", "300ms");
        properties.put("campaigns.submission.initial-backoff", "200ms");
        properties.put("campaigns.submission.max-backoff", "1s");
        properties.put("campaigns.reconcile.pending-after", "5s");
        properties.put("campaigns.reconcile.interval", "500ms");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("campaign-test-wiring", properties));
    }
}

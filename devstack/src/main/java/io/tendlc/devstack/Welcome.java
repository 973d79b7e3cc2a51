package io.tendlc.devstack;

import io.tendlc.devstack.apps.App;
import io.tendlc.devstack.apps.AppEnvironment;
import io.tendlc.devstack.apps.Apps;
import io.tendlc.devstack.infra.InfraPorts;
import io.tendlc.devstack.seed.DemoRegistration;
import io.tendlc.devstack.seed.DemoSeeder;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a developer needs after {@code up}: the demo organization registered for 10DLC, then the dashboard, the
 * login, an API key and a curl to paste.
 */
final class Welcome {

    private Welcome() {
    }

    /** How long the TCR simulator's verification, the carriers' review and the number assignment may each take. */
    static final Duration REGISTRATION_PATIENCE = Duration.ofSeconds(90);
    /** What the demo registration needs besides the gateway. */
    static final List<String> REGISTRATION_APPS = List.of("brand-service", "campaign-service", "sms-service");

    static void print(Console console, DataDirectory data, Map<App, Boolean> ready, boolean mailView, String password) {
        long failed = ready.values().stream().filter(up -> !up).count();
        if (failed > 0) {
            console.line("WARNING: " + failed + " app(s) did not start; the rest keep running. Logs are in "
                    + data.display(data.logs()) + ".");
        }
        String gateway = AppEnvironment.url("gateway");
        boolean gatewayUp = ready.getOrDefault(Apps.GATEWAY, false);
        DemoSeeder seeder = new DemoSeeder(gateway);
        String accessToken = null;
        if (gatewayUp) {
            try {
                accessToken = seeder.login(AppEnvironment.DEMO_EMAIL, password);
            } catch (DemoSeeder.SeedException e) {
                console.line("WARNING: the demo user could not log in (" + e.getMessage() + "); no demo data.");
            }
        }
        if (accessToken != null) {
            register(console, ready, gateway, accessToken);
        }
        console.line("");
        console.line("  Dashboard   " + gateway + "/");
        console.line("  Login       " + AppEnvironment.DEMO_EMAIL + " / " + password);
        if (mailView) {
            console.line("  Mail        http://localhost:" + InfraPorts.FIXED.mailView() + "/ (what the services sent)");
        }
        if (!gatewayUp) {
            console.line("WARNING: the gateway is not up, so no demo API key was created.");
            return;
        }
        if (accessToken == null) {
            return;
        }
        try {
            String key = seeder.apiKey(accessToken, data.apiKey());
            console.line("  API key     " + key + "   (kept in " + data.display(data.apiKey()) + ")");
            console.line("");
            console.line("  Send a message:");
            console.line("    curl -X POST " + gateway + "/api/v1/messages \\");
            console.line("      -H 'X-API-Key: " + key + "' -H 'Content-Type: application/json' \\");
            console.line("      -d '{\"to\":\"+15551234567\",\"from\":\"" + AppEnvironment.DEMO_SENDER_NUMBER + "\",\"body\":\"Hello\"}'");
        } catch (DemoSeeder.SeedException e) {
            console.line("WARNING: demo seeding failed (" + e.getMessage() + "); the platform keeps running.");
        }
        console.line("");
    }

    /**
     * The demo brand, campaign and number assignment, before the dashboard's address is printed: once it is, the
     * demo number sends (a number outside an approved campaign is refused, as by Twilio).
     */
    private static void register(Console console, Map<App, Boolean> ready, String gateway, String accessToken) {
        List<String> down = REGISTRATION_APPS.stream()
                .filter(name -> ready.entrySet().stream().noneMatch(e -> e.getKey().name().equals(name) && e.getValue()))
                .toList();
        if (!down.isEmpty()) {
            console.line("WARNING: " + String.join(", ", down) + " not up: the demo brand, campaign and number "
                    + "assignment are left for the next start.");
            return;
        }
        console.line("Demo 10DLC registration (through the gateway, as " + AppEnvironment.DEMO_EMAIL + ")");
        long started = System.nanoTime();
        try {
            new DemoRegistration(gateway, console::line, REGISTRATION_PATIENCE)
                    .register(accessToken, AppEnvironment.DEMO_SENDER_NUMBER);
            console.line("  done in " + Console.seconds(Duration.ofNanos(System.nanoTime() - started)) + ": "
                    + AppEnvironment.DEMO_SENDER_NUMBER + " sends under the demo campaign");
        } catch (DemoSeeder.SeedException e) {
            console.line("WARNING: the demo registration is incomplete (" + e.getMessage() + "). Messages from "
                    + AppEnvironment.DEMO_SENDER_NUMBER + " are refused (number-not-registered) until it is done; "
                    + "the next start tries again.");
        }
    }

    /** For {@code infra}: paste into a shell, or into an IDE run configuration, to run a service by hand. */
    static void printExports(Console console, Map<String, String> environment) {
        console.line("");
        console.line("  Environment for a service started by hand:");
        environment.forEach((name, value) -> console.line("    export " + name + "='" + value + "'"));
        console.line("");
    }
}

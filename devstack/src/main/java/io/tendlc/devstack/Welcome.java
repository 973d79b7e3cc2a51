package io.tendlc.devstack;

import io.tendlc.devstack.apps.App;
import io.tendlc.devstack.apps.AppEnvironment;
import io.tendlc.devstack.apps.Apps;
import io.tendlc.devstack.infra.InfraPorts;
import io.tendlc.devstack.seed.DemoSeeder;
import java.util.Map;

/** What a developer needs after {@code up}: the dashboard, the login, an API key and a curl to paste. */
final class Welcome {

    private Welcome() {
    }

    static void print(Console console, DataDirectory data, Map<App, Boolean> ready, boolean mailView, String password) {
        long failed = ready.values().stream().filter(up -> !up).count();
        if (failed > 0) {
            console.line("WARNING: " + failed + " app(s) did not start; the rest keep running. Logs are in "
                    + data.display(data.logs()) + ".");
        }
        String gateway = AppEnvironment.url("gateway");
        console.line("");
        console.line("  Dashboard   " + gateway + "/");
        console.line("  Login       " + AppEnvironment.DEMO_EMAIL + " / " + password);
        if (mailView) {
            console.line("  Mail        http://localhost:" + InfraPorts.FIXED.mailView() + "/ (what the services sent)");
        }
        if (!ready.getOrDefault(Apps.GATEWAY, false)) {
            console.line("WARNING: the gateway is not up, so no demo API key was created.");
            return;
        }
        try {
            String key = new DemoSeeder(gateway).apiKey(AppEnvironment.DEMO_EMAIL, password, data.apiKey());
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

    /** For {@code infra}: paste into a shell, or into an IDE run configuration, to run a service by hand. */
    static void printExports(Console console, Map<String, String> environment) {
        console.line("");
        console.line("  Environment for a service started by hand:");
        environment.forEach((name, value) -> console.line("    export " + name + "='" + value + "'"));
        console.line("");
    }
}

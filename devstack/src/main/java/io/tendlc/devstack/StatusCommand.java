package io.tendlc.devstack;

import io.tendlc.devstack.apps.App;
import io.tendlc.devstack.apps.Apps;
import io.tendlc.devstack.apps.HealthProbe;
import io.tendlc.devstack.infra.InfraPorts;
import io.tendlc.embedded.Ports;

/** {@code status}: is a launcher running, and what answers on each of the dev stack's ports. */
final class StatusCommand {

    private final DataDirectory data;
    private final Console console;

    StatusCommand(DataDirectory data, Console console) {
        this.data = data;
        this.console = console;
    }

    /** Exit code 0 when running, 3 when not (the LSB convention for "program is not running"). */
    int run() {
        boolean running = data.isLocked();
        console.line(running
                ? "The platform is running" + data.launcher().map(p -> " (pid " + p.pid() + ")").orElse("")
                        + " with data in " + data.display(data.root()) + "."
                : "The platform is not running.");
        console.line("Infrastructure");
        InfraPorts.FIXED.named().forEach((name, port) ->
                console.state(name, port, Ports.isListening(port) ? "listening" : "-"));
        console.line("Services");
        HealthProbe probe = new HealthProbe();
        for (App app : Apps.ALL) {
            String state = probe.isUp(app.healthUrl()) ? "UP"
                    : Ports.isListening(app.port()) ? "not ready (" + app.healthUrl() + ")" : "-";
            console.state(app.name(), app.port(), state);
        }
        return running ? 0 : 3;
    }
}

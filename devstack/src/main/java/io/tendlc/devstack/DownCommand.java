package io.tendlc.devstack;

import io.tendlc.devstack.apps.App;
import io.tendlc.devstack.apps.Apps;
import io.tendlc.devstack.apps.ChildPids;
import io.tendlc.devstack.infra.InfraPorts;
import io.tendlc.embedded.Ports;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** {@code down}: SIGTERM to the running launcher, which stops everything; then wait until the ports are free. */
final class DownCommand {

    /** The launcher gives the services 20 s, then stops the servers (Kafka and Elasticsearch take a few). */
    private static final Duration LAUNCHER_EXIT = Duration.ofSeconds(60);
    private static final Duration PORTS_RELEASE = Duration.ofSeconds(30);

    private final DataDirectory data;
    private final Console console;

    DownCommand(DataDirectory data, Console console) {
        this.data = data;
        this.console = console;
    }

    int run() {
        if (!data.isLocked()) {
            int leftovers = new ChildPids(data.childPids()).stopLeftovers();
            console.line(leftovers > 0 ? "Stopped " + leftovers + " service JVM(s) left over from a killed launcher."
                    : "The platform is not running.");
            return 0;
        }
        Optional<ProcessHandle> launcher = data.launcher();
        if (launcher.isEmpty()) {
            console.line("The platform is running but " + data.display(data.pidFile()) + " does not name it; stop it with Ctrl-C.");
            return 1;
        }
        ProcessHandle process = launcher.get();
        console.line("Stopping the platform (pid " + process.pid() + ")…");
        long startedAt = System.nanoTime();
        process.destroy();
        if (!awaitExit(process, LAUNCHER_EXIT)) {
            console.line("The launcher did not stop within " + LAUNCHER_EXIT.toSeconds() + "s; killing it and its services.");
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
            new ChildPids(data.childPids()).stopLeftovers();
        }
        List<Integer> busy = ports().filter(port -> !Ports.awaitReleased(port, PORTS_RELEASE)).toList();
        String took = Console.seconds(Duration.ofNanos(System.nanoTime() - startedAt));
        if (!busy.isEmpty()) {
            console.line("Stopped in " + took + ", but ports " + busy + " are still in use.");
            return 1;
        }
        console.line("Stopped in " + took + "; all ports are free.");
        return 0;
    }

    /** Every port the dev stack may listen on. */
    static Stream<Integer> ports() {
        return Stream.concat(Apps.ALL.stream().map(App::port), InfraPorts.FIXED.named().values().stream());
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}

package io.tendlc.devstack;

import io.tendlc.devstack.apps.App;
import io.tendlc.devstack.apps.AppEnvironment;
import io.tendlc.devstack.apps.AppLauncher;
import io.tendlc.devstack.apps.Apps;
import io.tendlc.devstack.apps.ChildPids;
import io.tendlc.devstack.apps.LaunchSettings;
import io.tendlc.devstack.infra.InfraPorts;
import io.tendlc.devstack.infra.Infrastructure;
import io.tendlc.devstack.secrets.Secrets;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** {@code up} (servers and apps) and {@code infra} (servers only): start, report, then run until stopped. */
final class UpCommand {

    /** Tells ./platform to build (./mvnw package) and run us again. */
    static final int EXIT_NOT_BUILT = 10;

    private final Options options;
    private final DataDirectory data;
    private final Console console;
    private final boolean withApps;
    private volatile Infrastructure infra;
    private volatile AppLauncher launcher;
    /** A field, not a local: an unreachable lock's channel may be cleaned up, which would release the lock. */
    private FileLock lock;

    UpCommand(Options options, DataDirectory data, Console console, boolean withApps) {
        this.options = options;
        this.data = data;
        this.console = console;
        this.withApps = withApps;
    }

    int run() {
        long startedAt = System.nanoTime();
        Optional<FileLock> acquired = data.tryLock();
        if (acquired.isEmpty()) {
            console.line("The platform is already running" + data.launcher().map(p -> " (pid " + p.pid() + ")").orElse("")
                    + " with data in " + data.display(data.root()) + ". Stop it with ./platform down.");
            return 1;
        }
        lock = acquired.get();
        if (options.fresh()) {
            data.wipe();
            console.line("Wiped " + data.display(data.root()) + ".");
        }
        data.createDirectories();
        LogSetup.toFile(data);
        int leftovers = new ChildPids(data.childPids()).stopLeftovers();
        if (leftovers > 0) {
            console.line("Stopped " + leftovers + " service JVM(s) left over from a launcher that was killed.");
        }
        LaunchSettings layout = settings(Map.of());
        List<String> missing = Apps.ALL.stream().map(layout::jar)
                .filter(jar -> !Files.isRegularFile(jar)).map(data::display).toList();
        if (withApps && !missing.isEmpty()) {
            console.line("Not built yet: " + String.join(", ", missing) + ".");
            return EXIT_NOT_BUILT;
        }
        data.writePid();
        Map<String, String> secrets = Secrets.loadOrCreate(data.secrets());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "tendlc-platform-stop"));

        console.line("Infrastructure (data in " + data.display(data.root()) + ", logs in " + data.display(data.logs()) + ")");
        try {
            infra = Infrastructure.start(data, InfraPorts.FIXED, System.getenv(), console);
        } catch (RuntimeException e) {
            console.line("Could not start the infrastructure: " + e.getMessage());
            return 1;
        }
        if (withApps) {
            Map<String, String> env = AppEnvironment.of(infra.environment(), secrets, System.getenv());
            console.line("Services (starting " + options.parallelism() + " at a time, logs in " + data.display(data.logs()) + ")");
            launcher = new AppLauncher(Apps.ALL, settings(env), data, console);
            Map<App, Boolean> ready = launcher.startAll();
            Welcome.print(console, data, ready, infra.hasMailView(), AppEnvironment.demoPassword(System.getenv()));
        } else {
            Welcome.printExports(console, infra.environment());
        }
        console.line((withApps ? "Platform" : "Infrastructure") + " up in " + Console.seconds(Duration.ofNanos(System.nanoTime() - startedAt))
                + ". Ctrl-C (or ./platform down) stops it.");
        awaitShutdown();
        return 0;
    }

    private LaunchSettings settings(Map<String, String> env) {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> extra = Arrays.stream(System.getenv().getOrDefault("TENDLC_APP_JAVA_OPTS", "").split("\\s+"))
                .filter(option -> !option.isBlank()).toList();
        return new LaunchSettings(options.root(), Version.current(), java, env, options.appTimeout(), options.parallelism(), extra);
    }

    /** Runs in the shutdown hook (Ctrl-C, SIGTERM from ./platform down, or System.exit after a failure). */
    private void stop() {
        long stoppingAt = System.nanoTime();
        if (launcher != null) {
            console.line("Stopping the services…");
            launcher.stopAll();
        }
        if (infra != null) {
            console.line("Stopping the infrastructure…");
            infra.close();
        }
        DataDirectory.deleteQuietly(data.pidFile());
        console.line("Stopped in " + Console.seconds(Duration.ofNanos(System.nanoTime() - stoppingAt)) + ".");
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await(); // the shutdown hook does the work; the JVM exits after it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

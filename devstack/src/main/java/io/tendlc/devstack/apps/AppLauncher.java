package io.tendlc.devstack.apps;

import io.tendlc.devstack.Console;
import io.tendlc.devstack.DataDirectory;
import io.tendlc.embedded.Ports;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts the apps as child JVMs (simulators first, then the services a few at a time, the gateway last),
 * waits for each to be ready, reports every state change on one line, and stops them all again.
 */
public final class AppLauncher {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration GATEWAY_DRAIN = Duration.ofSeconds(5);

    private final List<App> apps;
    private final LaunchSettings settings;
    private final DataDirectory data;
    private final Console console;
    private final ChildPids childPids;
    private final HealthProbe probe = new HealthProbe();
    private final Map<App, AppProcess> running = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public AppLauncher(List<App> apps, LaunchSettings settings, DataDirectory data, Console console) {
        this.apps = apps;
        this.settings = settings;
        this.data = data;
        this.console = console;
        this.childPids = new ChildPids(data.childPids());
    }

    /** Starts every app; returns which became ready. Apps that fail do not stop the others. */
    public Map<App, Boolean> startAll() {
        Map<App, Boolean> ready = new ConcurrentHashMap<>();
        startEach(App.Phase.FIRST, 1, ready);
        startEach(App.Phase.MIDDLE, settings.parallelism(), ready);
        startEach(App.Phase.LAST, 1, ready);
        return ready;
    }

    private void startEach(App.Phase phase, int parallelism, Map<App, Boolean> ready) {
        List<Callable<Boolean>> starts = apps.stream().filter(app -> app.phase() == phase)
                .<Callable<Boolean>>map(app -> () -> {
                    boolean up = start(app);
                    ready.put(app, up);
                    return up;
                })
                .toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism, Thread.ofPlatform().daemon().factory())) {
            for (Future<Boolean> start : pool.invokeAll(starts)) {
                start.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("starting an app failed unexpectedly", e.getCause());
        }
    }

    private boolean start(App app) {
        if (stopping) {
            return false;
        }
        if (Ports.isListening(app.port())) {
            console.state(app.name(), app.port(), "FAILED (port " + app.port() + " is already in use)");
            return false;
        }
        console.state(app.name(), app.port(), "starting");
        long startedAt = System.nanoTime();
        AppProcess process;
        try {
            process = AppProcess.start(app, AppProcess.command(settings.java(), app, settings.jar(app), settings.extraJvmOptions()),
                    environment(app), data.log(app.name()));
        } catch (IOException e) {
            console.state(app.name(), app.port(), "FAILED (" + e.getMessage() + ")");
            return false;
        }
        running.put(app, process);
        childPids.add(app, process.pid());
        if (stopping) { // stopAll() may have looked at 'running' just before the put above
            process.terminate();
            return false;
        }
        return awaitReady(process, startedAt);
    }

    private boolean awaitReady(AppProcess process, long startedAt) {
        App app = process.app();
        String logHint = "see " + data.display(data.log(app.name()));
        while (!stopping) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startedAt);
            if (!process.isAlive()) {
                console.state(app.name(), app.port(), "FAILED (exited with code " + process.process().exitValue() + ", " + logHint + ")");
                return false;
            }
            if (probe.isUp(app.healthUrl())) {
                console.state(app.name(), app.port(), "UP in " + Console.seconds(elapsed));
                process.process().onExit().thenAccept(exited -> reportDeath(app, exited.exitValue(), logHint));
                return true;
            }
            if (elapsed.compareTo(settings.timeout()) > 0) {
                console.state(app.name(), app.port(), "FAILED (not ready after " + settings.timeout().toSeconds() + "s, " + logHint + ")");
                process.kill();
                return false;
            }
            if (!sleep(POLL)) {
                return false;
            }
        }
        return false;
    }

    private void reportDeath(App app, int exitCode, String logHint) {
        if (!stopping) {
            console.state(app.name(), app.port(), "EXITED unexpectedly (code " + exitCode + ", " + logHint + ")");
        }
    }

    private Map<String, String> environment(App app) {
        Map<String, String> env = new HashMap<>(settings.environment());
        env.put("SERVER_PORT", Integer.toString(app.port())); // the table above is the one source of ports
        return env;
    }

    /** SIGTERM to the gateway first (no new requests), then to the rest; SIGKILL whatever outlives 20 s. */
    public void stopAll() {
        stopping = true;
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        AppProcess gateway = running.get(Apps.GATEWAY);
        if (gateway != null && gateway.isAlive()) {
            gateway.terminate();
            gateway.awaitExit(GATEWAY_DRAIN);
        }
        List<AppProcess> alive = running.values().stream().filter(AppProcess::isAlive).toList();
        alive.forEach(AppProcess::terminate);
        for (AppProcess process : alive) {
            process.awaitExit(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        for (AppProcess process : running.values()) {
            if (process.isAlive()) {
                console.state(process.app().name(), process.app().port(), "did not stop within 20s, killed");
                process.kill();
                process.awaitExit(Duration.ofSeconds(5));
            }
        }
        childPids.clear();
    }

    /** Stops JVMs a previous launcher left behind when it was killed without running its shutdown hook. */
    public int stopLeftovers() {
        return childPids.stopLeftovers();
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

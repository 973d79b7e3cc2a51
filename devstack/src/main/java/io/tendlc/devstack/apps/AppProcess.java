package io.tendlc.devstack.apps;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service's JVM: started with its environment, output to its log file, stopped with SIGTERM. */
final class AppProcess {

    private final App app;
    private final Process process;

    private AppProcess(App app, Process process) {
        this.app = app;
        this.process = process;
    }

    static AppProcess start(App app, List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()) /* one run per log: easier to read */)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(env);
        return new AppProcess(app, builder.start());
    }

    /** {@code java <app's JVM flags> <extra flags> -jar <jar>}. */
    static List<String> command(String java, App app, Path jar, List<String> extraJvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(app.jvmOptions());
        command.addAll(extraJvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    App app() {
        return app;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    /** SIGTERM: Spring Boot shuts down gracefully on it. */
    void terminate() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}

package io.tendlc.devstack.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A file listing the pids of the services' JVMs while they run. A launcher stopped normally deletes it;
 * after a SIGKILL it lets the next start (or {@code down}) stop the JVMs left behind.
 */
public final class ChildPids {

    private final Path file;

    public ChildPids(Path file) {
        this.file = file;
    }

    synchronized void add(App app, long pid) {
        try {
            Files.writeString(file, pid + " " + app.name() + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record pid in " + file, e);
        }
    }

    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // stale entries are checked against live processes before anything is killed
        }
    }

    /** Stops the listed processes that still run one of our jars; returns how many there were. */
    public synchronized int stopLeftovers() {
        if (!Files.exists(file)) {
            return 0;
        }
        List<ProcessHandle> leftovers;
        try {
            leftovers = Files.readAllLines(file).stream()
                    .map(line -> line.trim().split(" ", 2))
                    .filter(parts -> parts.length == 2)
                    .flatMap(parts -> ProcessHandle.of(Long.parseLong(parts[0])).stream()
                            .filter(process -> runsJar(process, parts[1])))
                    .toList();
        } catch (IOException | NumberFormatException e) {
            leftovers = List.of();
        }
        leftovers.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = leftovers.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            leftovers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        clear();
        return leftovers.size();
    }

    /** Pids get reused: only a live process whose command line names the app's jar is ours. */
    private static boolean runsJar(ProcessHandle process, String appName) {
        return process.isAlive()
                && process.info().commandLine().map(line -> line.contains(appName + "-")).orElse(false);
    }
}

package io.tendlc.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Postgres and Redis run as native child processes. If the JVM that started them was killed with
 * SIGKILL they survive, hold the port and the data directory, and the next start fails. Their pid
 * files let the next start stop such an orphan first.
 */
final class StaleProcess {

    private StaleProcess() {
    }

    /** Terminates the process named by the first line of pidFile if it still runs the given executable. */
    static void terminate(Path pidFile, String executableName) {
        readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(cmd -> cmd.contains(executableName)).orElse(false))
                .ifPresent(StaleProcess::stop);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return Optional.of(Long.parseLong(firstLine));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}

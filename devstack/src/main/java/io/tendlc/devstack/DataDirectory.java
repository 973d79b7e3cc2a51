package io.tendlc.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code data/} directory: every server's storage, the logs, the secrets, and the files that tell a
 * second {@code ./platform} invocation whether one is running.
 */
public final class DataDirectory {

    private static final String LOCK = "platform.lock";

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path log(String name) {
        return logs().resolve(name + ".log");
    }

    public Path secrets() {
        return root.resolve("secrets.properties");
    }

    public Path apiKey() {
        return root.resolve("demo-api-key");
    }

    public Path pidFile() {
        return root.resolve("platform.pid");
    }

    /** Pids of the services' JVMs, so a launcher killed with SIGKILL leaves no orphans behind for long. */
    public Path childPids() {
        return root.resolve("children.pids");
    }

    public Path server(String name) {
        return root.resolve(name);
    }

    /** Relative to the working directory when possible, for messages like "see ./data/logs/x.log". */
    public String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? "./" + cwd.relativize(path) : path.toString();
    }

    /**
     * Held for the launcher's lifetime; the OS releases it when the process dies however it dies, so it
     * is a reliable "is one running" test where a pid file alone could be stale.
     */
    public Optional<FileLock> tryLock() {
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very JVM
            }
            if (lock == null) {
                channel.close();
            }
            return Optional.ofNullable(lock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + root, e);
        }
    }

    public boolean isLocked() {
        Optional<FileLock> lock = tryLock();
        lock.ifPresent(DataDirectory::release);
        return lock.isEmpty();
    }

    /** The running launcher, if the pid file names a live process. */
    public Optional<ProcessHandle> launcher() {
        try {
            if (!Files.exists(pidFile())) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile()).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void writePid() {
        write(pidFile(), Long.toString(ProcessHandle.current().pid()));
    }

    /** Deletes everything but the lock file we hold. */
    public void wipe() {
        try (Stream<Path> entries = Files.exists(root) ? Files.list(root) : Stream.empty()) {
            entries.filter(entry -> !entry.getFileName().toString().equals(LOCK)).forEach(DataDirectory::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException("could not wipe " + root, e);
        }
    }

    public void createDirectories() {
        try {
            Files.createDirectories(logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file is handled on the next start
        }
    }

    private static void deleteTree(Path path) {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + path, e);
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            // released when the channel is collected at the latest
        }
    }
}

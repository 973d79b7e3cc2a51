package io.tendlc.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void oneLauncherAtATimeAndTheLockSurvivesAWipe() throws IOException {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        assertThat(data.isLocked()).isFalse();

        Optional<FileLock> lock = data.tryLock();
        data.createDirectories();
        data.writePid();
        Files.writeString(data.log("auth-service"), "old run");
        Files.createDirectories(data.server("postgres"));
        data.wipe();

        assertThat(lock).isPresent();
        assertThat(data.isLocked()).isTrue();
        assertThat(data.tryLock()).isEmpty();
        assertThat(Files.list(data.root()).map(path -> path.getFileName().toString())).containsExactly("platform.lock");
        lock.get().release();
        assertThat(data.isLocked()).isFalse();
    }

    @Test
    void findsTheLauncherByItsPidFileOnlyWhileItLives() throws IOException {
        DataDirectory data = new DataDirectory(dir);
        assertThat(data.launcher()).isEmpty();

        data.writePid();
        assertThat(data.launcher()).map(ProcessHandle::pid).contains(ProcessHandle.current().pid());

        Files.writeString(data.pidFile(), "999999999");
        assertThat(data.launcher()).isEmpty();
    }
}

package io.tendlc.devstack.apps;

import static org.assertj.core.api.Assertions.assertThat;

import io.tendlc.devstack.Console;
import io.tendlc.devstack.DataDirectory;
import io.tendlc.embedded.Ports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The orchestrator against real child JVMs running {@link FakeApp}. */
class AppLauncherTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(output, true, StandardCharsets.UTF_8));

    @Test
    void startsInPhasesReportsEachStateAndStopsEverything() throws Exception {
        App first = app("fake-first", App.Phase.FIRST);
        App second = app("fake-second", App.Phase.MIDDLE);
        App crashing = app("fake-crash", App.Phase.MIDDLE);
        App last = app("fake-last", App.Phase.LAST);
        DataDirectory data = data();
        AppLauncher launcher = launcher(List.of(first, second, crashing, last), data, Duration.ofSeconds(60));

        Map<App, Boolean> ready = launcher.startAll();

        assertThat(ready).containsEntry(first, true).containsEntry(second, true).containsEntry(last, true)
                .containsEntry(crashing, false);
        assertThat(output()).containsPattern("  fake-first +:\\d+ +starting")
                .containsPattern("  fake-first +:\\d+ +UP in \\d+\\.\\ds")
                .contains("FAILED (exited with code 3, see ");
        assertThat(output().indexOf("fake-last")).isGreaterThan(output().indexOf("fake-second"));
        assertThat(Files.readString(data.log("fake-second")))
                .contains("env SERVER_PORT=" + second.port() + " DB_URL=jdbc:postgresql://test");
        assertThat(Files.readAllLines(data.childPids())).hasSize(4);

        launcher.stopAll();

        for (App app : List.of(first, second, last)) {
            assertThat(Ports.isListening(app.port())).as(app.name()).isFalse();
            assertThat(Files.readString(data.log(app.name()))).contains("stopped gracefully");
        }
        assertThat(data.childPids()).doesNotExist();
        assertThat(output()).doesNotContain("EXITED unexpectedly");
    }

    @Test
    void reportsAnAppThatNeverGetsReadyAndOneThatDiesLater() throws Exception {
        App hanging = app("fake-hang", App.Phase.FIRST);
        App dying = app("fake-dying", App.Phase.MIDDLE);
        AppLauncher launcher = launcher(List.of(hanging, dying), data(), Duration.ofSeconds(3));

        Map<App, Boolean> ready = launcher.startAll();
        long pid = Files.readAllLines(data().childPids()).stream()
                .filter(line -> line.endsWith(dying.name())).mapToLong(line -> Long.parseLong(line.split(" ")[0]))
                .findFirst().orElseThrow();
        ProcessHandle dyingProcess = ProcessHandle.of(pid).orElseThrow();
        dyingProcess.destroyForcibly();
        dyingProcess.onExit().get();
        Thread.sleep(200);

        assertThat(ready).containsEntry(hanging, false).containsEntry(dying, true);
        assertThat(output()).contains("fake-hang").contains("FAILED (not ready after 3s, see ")
                .contains("EXITED unexpectedly (code 137, see ");
        assertThat(Ports.isListening(hanging.port())).isFalse();
        launcher.stopAll();
    }

    @Test
    void stopsServiceJvmsThatAKilledLauncherLeftBehind() throws Exception {
        App orphan = app("fake-orphan", App.Phase.FIRST);
        DataDirectory data = data();
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-jar",
                orphan.jar(root, FakeJars.VERSION).toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("SERVER_PORT", Integer.toString(orphan.port()));
        Process process = builder.start();
        Files.writeString(data.childPids(), process.pid() + " " + orphan.name() + "\n" + ProcessHandle.current().pid() + " other\n");

        int stopped = new ChildPids(data.childPids()).stopLeftovers();

        assertThat(stopped).isEqualTo(1);
        assertThat(process.isAlive()).isFalse();
        assertThat(data.childPids()).doesNotExist();
    }

    private App app(String name, App.Phase phase) throws IOException {
        App app = new App(name, Ports.free(), "/actuator/health/readiness", App.Weight.LIGHT, phase);
        FakeJars.write(root, app);
        return app;
    }

    private DataDirectory data() {
        DataDirectory data = new DataDirectory(root.resolve("data"));
        data.createDirectories();
        return data;
    }

    private AppLauncher launcher(List<App> apps, DataDirectory data, Duration timeout) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        LaunchSettings settings = new LaunchSettings(root, FakeJars.VERSION, java,
                Map.of("DB_URL", "jdbc:postgresql://test"), timeout, 2, List.of());
        return new AppLauncher(apps, settings, data, console);
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}

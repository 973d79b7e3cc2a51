package io.tendlc.devstack.apps;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to start the apps: where the repository is, the project version (it names the jars), the java
 * executable, the environment every app gets, and the patience and parallelism of the start.
 */
public record LaunchSettings(
        Path root,
        String version,
        String java,
        Map<String, String> environment,
        Duration timeout,
        int parallelism,
        List<String> extraJvmOptions) {

    public Path jar(App app) {
        return app.jar(root, version);
    }
}

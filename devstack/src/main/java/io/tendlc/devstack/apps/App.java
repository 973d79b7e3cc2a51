package io.tendlc.devstack.apps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One application of the platform: where its jar is, which port it serves, how to tell it is ready. */
public record App(String name, int port, String healthPath, Weight weight, Phase phase) {

    /**
     * Load-bearing apps (the gateway, the send path) get more heap and the full JIT, because they carry the
     * message volume. It says nothing about which apps a flow needs: sign-up needs auth-, user- and
     * notification-service, but they do little work per request and stay light (auth-service's Argon2 hash,
     * its heaviest step, takes ~65 ms with C1 against ~25 ms with C2: not worth 384 MB more heap each).
     */
    public enum Weight { LIGHT, LOAD_BEARING }

    /** The simulators start before everything (services call them at start-up), the gateway after. */
    public enum Phase { FIRST, MIDDLE, LAST }

    public String healthUrl() {
        return "http://localhost:" + port + healthPath;
    }

    public Path jar(Path root, String version) {
        return root.resolve(name).resolve("target").resolve(name + "-" + version + ".jar");
    }

    /** The JVM flags: small heaps and C1 only, because eleven JVMs share two cores and start together. */
    public List<String> jvmOptions() {
        // a JVM out of heap is broken, not degraded: let it die and show as FAILED rather than hang on
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xss512k", "-XX:+ExitOnOutOfMemoryError"));
        if (weight == Weight.LOAD_BEARING) {
            options.add("-Xmx768m");
        } else {
            options.add("-XX:TieredStopAtLevel=1");
            options.add("-Xmx384m");
        }
        return options;
    }
}

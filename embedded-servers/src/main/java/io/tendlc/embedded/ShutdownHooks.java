package io.tendlc.embedded;

import java.time.Duration;

/** Lets our shutdown hook run after the application's, which the JVM would otherwise run concurrently. */
final class ShutdownHooks {

    private ShutdownHooks() {
    }

    /** Joins the live threads that look like other frameworks' shutdown hooks, up to the timeout in total. */
    static void awaitOthers(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Thread self = Thread.currentThread();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread == self || !thread.getName().contains("ShutdownHook")) {
                continue;
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return;
            }
            try {
                thread.join(remainingMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

package io.tendlc.devstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** The launcher's own output: one line per state change, aligned, safe to call from many threads. */
public final class Console {

    private final PrintStream out;

    public Console(PrintStream out) {
        this.out = out;
    }

    public static Console system() {
        return new Console(System.out);
    }

    /** {@code "  auth-service          :8081  UP in 14.2s"}. */
    public synchronized void state(String name, int port, String state) {
        out.printf(Locale.ROOT, "  %-22s:%-5d  %s%n", name, port, state);
        out.flush();
    }

    public synchronized void line(String text) {
        out.println(text);
        out.flush();
    }

    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
    }
}

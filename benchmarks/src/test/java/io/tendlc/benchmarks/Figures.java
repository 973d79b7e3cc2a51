package io.tendlc.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;

/** What a simulation measures beside Gatling's own statistics, and the results file run.sh reads. */
final class Figures {

    private Figures() {
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Latencies in milliseconds; percentiles by the nearest-rank method. */
    static final class Latencies {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long millis) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = millis;
        }

        synchronized int count() {
            return size;
        }

        /** p in (0, 100]; -1 when nothing was recorded. */
        synchronized long percentile(double p) {
            if (size == 0) {
                return -1;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * size);
            return sorted[Math.max(0, Math.min(size, rank) - 1)];
        }

        String describe() {
            if (count() == 0) {
                return "no samples";
            }
            return String.format("p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (n=%d)",
                    percentile(50), percentile(95), percentile(99), percentile(100), count());
        }

        /** Percentiles as prefix.p50 etc., "-" when nothing was recorded. */
        void putInto(Map<String, String> results, String prefix) {
            boolean empty = count() == 0;
            results.put(prefix + ".count", String.valueOf(count()));
            results.put(prefix + ".p50", empty ? "-" : String.valueOf(percentile(50)));
            results.put(prefix + ".p95", empty ? "-" : String.valueOf(percentile(95)));
            results.put(prefix + ".p99", empty ? "-" : String.valueOf(percentile(99)));
            results.put(prefix + ".max", empty ? "-" : String.valueOf(percentile(100)));
        }
    }

    /**
     * Completed calls of the measured phase: how many succeeded or failed, and the window from the first
     * request sent to the last response received, so that a server falling behind shows as a lower rate.
     */
    static final class Throughput {
        private final AtomicLong ok = new AtomicLong();
        private final AtomicLong ko = new AtomicLong();
        private final LongAccumulator firstStart = new LongAccumulator(Math::min, Long.MAX_VALUE);
        private final LongAccumulator lastEnd = new LongAccumulator(Math::max, Long.MIN_VALUE);

        void record(long startNanos, long endNanos, boolean success) {
            (success ? ok : ko).incrementAndGet();
            firstStart.accumulate(startNanos);
            lastEnd.accumulate(endNanos);
        }

        long ok() {
            return ok.get();
        }

        long ko() {
            return ko.get();
        }

        double windowSeconds() {
            long first = firstStart.get();
            long last = lastEnd.get();
            return first == Long.MAX_VALUE ? 0 : (last - first) / 1e9;
        }

        /** Successful calls per second over the window. */
        double achievedRate() {
            double window = windowSeconds();
            return window <= 0 ? 0 : ok.get() / window;
        }

        String describe() {
            return String.format(Locale.ROOT, "%d OK, %d KO in %.1f s: %.1f OK/s", ok(), ko(), windowSeconds(),
                    achievedRate());
        }

        void putInto(Map<String, String> results, String prefix) {
            results.put(prefix + ".ok", String.valueOf(ok()));
            results.put(prefix + ".ko", String.valueOf(ko()));
            results.put(prefix + ".window.seconds", String.format(Locale.ROOT, "%.2f", windowSeconds()));
            results.put(prefix + ".achieved.rate", String.format(Locale.ROOT, "%.1f", achievedRate()));
        }
    }

    /** key=value lines for run.sh: -DresultsFile=…, or target/bench-results/&lt;simulation&gt;.properties. */
    static void write(String simulation, Map<String, String> results) {
        Path file = Path.of(System.getProperty("resultsFile", "target/bench-results/" + simulation + ".properties"));
        StringBuilder text = new StringBuilder("# " + simulation + "\n");
        new LinkedHashMap<>(results).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        System.out.println("Results written to " + file.toAbsolutePath());
    }
}

package io.tendlc.contact.imports;

/**
 * Counts occurrences of positive longs (phone numbers) in one open-addressing table: a million numbers cost
 * ~24 MB instead of the ~100 MB of a {@code HashMap<Long, Integer>}.
 */
final class PhoneCounts {

    private long[] keys;
    private int[] counts;
    private int size;

    PhoneCounts(int capacity) {
        int n = Integer.highestOneBit(Math.max(capacity, 16) * 2 - 1);
        keys = new long[n];
        counts = new int[n];
    }

    /** Counts one more occurrence of the value and answers how many there have been, this one included. */
    int increment(long value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(value) & mask;
        while (keys[i] != 0) {
            if (keys[i] == value) {
                return ++counts[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = value;
        counts[i] = 1;
        size++;
        return 1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != 0) {
                int i = mix(oldKeys[k]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[k];
                counts[i] = oldCounts[k];
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

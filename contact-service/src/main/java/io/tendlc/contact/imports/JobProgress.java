package io.tendlc.contact.imports;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live counters of one running import: committed ones (what the database holds; what the API reports) are
 * advanced by the writers after each commit, the parser's (bytes read, duplicates) as it goes.
 */
final class JobProgress {

    final AtomicLong imported = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong created = new AtomicLong();
    volatile long duplicates;
    volatile long bytesRead;
    volatile boolean started;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Where the time went, for the completion log line: the parser blocked on full queues, the writers' phases. */
    final AtomicLong parserBlockedNanos = new AtomicLong();
    final AtomicLong writerIdleNanos = new AtomicLong();
    final AtomicLong directCopyNanos = new AtomicLong();
    final AtomicLong stagingCopyNanos = new AtomicLong();
    final AtomicLong upsertNanos = new AtomicLong();
    final AtomicLong commitNanos = new AtomicLong();

    String timings() {
        return ("parser blocked on writers %d ms; writers (summed): idle %d ms, COPY into contact %d ms, "
                + "staging COPY %d ms, upsert %d ms, commit %d ms")
                .formatted(parserBlockedNanos.get() / 1_000_000, writerIdleNanos.get() / 1_000_000,
                        directCopyNanos.get() / 1_000_000,
                        stagingCopyNanos.get() / 1_000_000, upsertNanos.get() / 1_000_000, commitNanos.get() / 1_000_000);
    }

    void base(ImportStore.Committed committed) {
        imported.set(committed.imported());
        rejected.set(committed.rejected());
        created.set(committed.created());
    }

    void committed(long rows, long rejectedRows, long createdContacts) {
        imported.addAndGet(rows);
        rejected.addAndGet(rejectedRows);
        created.addAndGet(createdContacts);
    }

    void fail(Throwable t) {
        failure.compareAndSet(null, t);
    }

    Throwable failure() {
        return failure.get();
    }
}

package io.tendlc.simulators.tcr;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's timers. Not an {@code Executor} bean on purpose (Boot would take it for the application's task
 * executor): lifecycle steps run on its two threads briefly, and webhook POSTs on virtual threads of their own.
 */
final class TcrScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TcrScheduler.class);

    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(2,
            Thread.ofPlatform().name("tcr-scheduler-", 0).daemon(true).factory());

    TcrScheduler() {
        timers.setRemoveOnCancelPolicy(true);
    }

    /** Runs the task after the delay; a failing task is logged, never lost silently. */
    void after(long delayMs, Runnable task) {
        if (timers.isShutdown()) {
            return;
        }
        timers.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException bug) {
                log.error("TCR simulator step failed", bug);
            }
        }, Math.max(delayMs, 0), TimeUnit.MILLISECONDS);
    }

    boolean isShutdown() {
        return timers.isShutdown();
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}

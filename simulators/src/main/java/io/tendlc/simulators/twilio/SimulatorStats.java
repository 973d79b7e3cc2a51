package io.tendlc.simulators.twilio;

import java.util.concurrent.atomic.LongAdder;

/** Counters for {@code GET /sim/twilio/stats}; LongAdders because every request thread bumps them. */
final class SimulatorStats {

    final LongAdder created = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder unauthorized = new LongAdder();
    final LongAdder throttled = new LongAdder();
    final LongAdder injectedFailures = new LongAdder();
    final LongAdder callbacksSent = new LongAdder();
    final LongAdder callbacksFailed = new LongAdder();
    final LongAdder callbacksRetried = new LongAdder();
    final LongAdder callbacksDropped = new LongAdder();
    final LongAdder inboundPosted = new LongAdder();
    final LongAdder inboundFailed = new LongAdder();

    Snapshot snapshot(int storedMessages, int pendingCallbacks) {
        return new Snapshot(created.sum(), rejected.sum(), unauthorized.sum(), throttled.sum(),
                injectedFailures.sum(), callbacksSent.sum(), callbacksFailed.sum(), callbacksRetried.sum(),
                callbacksDropped.sum(), inboundPosted.sum(), inboundFailed.sum(), storedMessages, pendingCallbacks);
    }

    /**
     * @param rejected        create calls refused by validation (Twilio 4xx codes)
     * @param callbacksFailed callbacks given up after every attempt, or refused by the receiver with a 4xx
     * @param callbacksDropped callbacks never scheduled because too many were pending
     */
    record Snapshot(long created, long rejected, long unauthorized, long throttled, long injectedFailures,
                    long callbacksSent, long callbacksFailed, long callbacksRetried, long callbacksDropped,
                    long inboundPosted, long inboundFailed, int storedMessages, int pendingCallbacks) {
    }
}

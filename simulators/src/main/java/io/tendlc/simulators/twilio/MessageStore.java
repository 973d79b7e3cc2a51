package io.tendlc.simulators.twilio;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Messages in memory for fetches, bounded by count and age so a long benchmark cannot exhaust the heap:
 * each insert evicts from the head of an insertion-ordered queue while the store is too big or its
 * oldest message too old. No timer thread is needed, since only inserts make it grow.
 */
final class MessageStore {

    private record Entry(String sid, Instant created) {
    }

    private final Map<String, SimMessage> messages = new ConcurrentHashMap<>();
    private final Queue<Entry> insertionOrder = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int maxMessages;
    private final Duration retention;

    MessageStore(int maxMessages, Duration retention) {
        this.maxMessages = maxMessages;
        this.retention = retention;
    }

    void add(SimMessage message) {
        messages.put(message.sid(), message);
        insertionOrder.add(new Entry(message.sid(), message.dateCreated()));
        size.incrementAndGet();
        evict(message.dateCreated().minus(retention));
    }

    SimMessage find(String sid) {
        return messages.get(sid);
    }

    /** Applies a change if the message is still stored; an evicted one simply stays gone. */
    SimMessage update(String sid, UnaryOperator<SimMessage> change) {
        return messages.computeIfPresent(sid, (key, message) -> change.apply(message));
    }

    int size() {
        return size.get();
    }

    private void evict(Instant oldestKept) {
        while (true) {
            Entry head = insertionOrder.peek();
            if (head == null || (size.get() <= maxMessages && !head.created().isBefore(oldestKept))) {
                return;
            }
            // another thread may have evicted the head meanwhile: whatever is polled is still the oldest
            Entry oldest = insertionOrder.poll();
            if (oldest != null) {
                messages.remove(oldest.sid());
                size.decrementAndGet();
            }
        }
    }
}

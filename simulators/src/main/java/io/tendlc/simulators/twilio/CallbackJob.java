package io.tendlc.simulators.twilio;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Delayed;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One step of a message's lifecycle waiting for its time in the dispatcher's delay queue: the status to
 * set and, when the message has a StatusCallback, to post. Retries are the same step again, later, with
 * the same idempotency token, as Twilio's retries are.
 */
record CallbackJob(SimMessage message, List<DeliveryPlan.Step> steps, int stepIndex, int attempt,
                   String idempotencyToken, long dueNanos) implements Delayed {

    static CallbackJob first(SimMessage message, List<DeliveryPlan.Step> steps, long delayMillis) {
        return new CallbackJob(message, steps, 0, 1, newToken(), dueIn(delayMillis));
    }

    DeliveryPlan.Step step() {
        return steps.get(stepIndex);
    }

    boolean hasNextStep() {
        return stepIndex + 1 < steps.size();
    }

    CallbackJob nextStep(long delayMillis) {
        return new CallbackJob(message, steps, stepIndex + 1, 1, newToken(), dueIn(delayMillis));
    }

    CallbackJob retry(long delayMillis) {
        return new CallbackJob(message, steps, stepIndex, attempt + 1, idempotencyToken, dueIn(delayMillis));
    }

    @Override
    public long getDelay(TimeUnit unit) {
        return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
        return other instanceof CallbackJob job
                ? Long.compare(dueNanos, job.dueNanos)
                : Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    private static long dueIn(long delayMillis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
    }

    private static String newToken() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}

package io.tendlc.auth.login;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param maxFailures failures within {@code window} that lock an email out
 * @param window      how long a failure is remembered (from the latest one)
 * @param firstLock   the first lock; each further failure doubles it
 * @param longestLock the cap on the doubling
 */
@ConfigurationProperties("auth.lockout")
record LockoutProperties(int maxFailures, Duration window, Duration firstLock, Duration longestLock) {

    LockoutProperties {
        maxFailures = maxFailures <= 0 ? 5 : maxFailures;
        window = window == null ? Duration.ofMinutes(15) : window;
        firstLock = firstLock == null ? Duration.ofSeconds(30) : firstLock;
        longestLock = longestLock == null ? Duration.ofMinutes(15) : longestLock;
    }

    /** The lock after the {@code failures}-th failure in a row, or zero below the threshold. */
    Duration lockAfter(long failures) {
        if (failures < maxFailures) {
            return Duration.ZERO;
        }
        long doublings = Math.min(failures - maxFailures, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }
}

package io.tendlc.auth.login;

import io.tendlc.platform.privacy.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Login throttling per email address, in Redis so every replica sees the same count. Keys are a hash of the
 * lower-cased address, whether or not an account has it, so a locked unknown address looks exactly like a locked
 * known one. Wrong passwords and wrong second-factor codes both count; a complete login resets the count.
 */
@Component
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final StringRedisTemplate redis;
    private final LockoutProperties properties;

    LoginAttempts(StringRedisTemplate redis, LockoutProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** Refuses (429) while the address is locked; checked before any password hashing. */
    public void checkNotLocked(String email) {
        Long remainingMillis = redis.getExpire(lockKey(email), TimeUnit.MILLISECONDS);
        if (remainingMillis != null && remainingMillis > 0) {
            throw new TooManyAttempts(Duration.ofMillis(remainingMillis));
        }
    }

    /** Counts a failure; throws {@link TooManyAttempts} when this failure locks the address. */
    public void recordFailure(String email) {
        String failures = failuresKey(email);
        Long count = redis.opsForValue().increment(failures);
        redis.expire(failures, properties.window());
        Duration lock = properties.lockAfter(count == null ? 1 : count);
        if (lock.isPositive()) {
            redis.opsForValue().set(lockKey(email), Long.toString(count), lock);
            log.warn("Login locked for {} after {} failures, for {}", Pii.maskEmail(email), count, lock);
            throw new TooManyAttempts(lock);
        }
    }

    public void reset(String email) {
        redis.delete(List.of(failuresKey(email), lockKey(email)));
    }

    private static String failuresKey(String email) {
        return "auth:login-failures:" + id(email);
    }

    private static String lockKey(String email) {
        return "auth:login-lock:" + id(email);
    }

    private static String id(String email) {
        return Hashes.sha256(email.trim().toLowerCase(Locale.ROOT));
    }
}

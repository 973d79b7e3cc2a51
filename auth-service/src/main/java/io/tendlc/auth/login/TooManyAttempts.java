package io.tendlc.auth.login;

import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.Map;

/** 429 with the seconds to wait, also sent as {@code Retry-After} (see {@link TooManyAttemptsAdvice}). */
public class TooManyAttempts extends ApiProblem {

    private final long retryAfterSeconds;

    TooManyAttempts(Duration wait) {
        this(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private TooManyAttempts(long seconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                "Too many failed attempts. Try again in " + seconds + " seconds.", Map.of("retryAfter", seconds));
        this.retryAfterSeconds = seconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

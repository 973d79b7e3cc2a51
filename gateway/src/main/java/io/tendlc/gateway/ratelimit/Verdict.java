package io.tendlc.gateway.ratelimit;

import io.tendlc.gateway.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The answer of one or more buckets for one request.
 *
 * @param allowed           every bucket had a token
 * @param remaining         requests left in the tightest bucket; -1 when unknown (Redis unreachable: limits fail open)
 * @param retryAfterSeconds when refused, how long until the emptiest refusing bucket has refilled enough (≥ 1)
 */
public record Verdict(boolean allowed, long remaining, long retryAfterSeconds) {

    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    static final Verdict UNKNOWN = new Verdict(true, -1, 0);

    /** All buckets at once: they are asked concurrently, so Lettuce pipelines them in one round trip. */
    public static Mono<Verdict> all(List<Mono<Verdict>> checks) {
        if (checks.isEmpty()) {
            return Mono.just(UNKNOWN);
        }
        if (checks.size() == 1) {
            return checks.getFirst();
        }
        return Mono.zip(checks, answers -> {
            Verdict combined = UNKNOWN;
            for (Object answer : answers) {
                combined = combined.and((Verdict) answer);
            }
            return combined;
        });
    }

    Verdict and(Verdict other) {
        long fewest = remaining < 0 ? other.remaining : other.remaining < 0 ? remaining
                : Math.min(remaining, other.remaining);
        return new Verdict(allowed && other.allowed, fewest, Math.max(retryAfterSeconds, other.retryAfterSeconds));
    }

    /** Tells the caller how much is left (the smallest figure of every check this request went through). */
    public void report(ServerWebExchange exchange) {
        if (remaining < 0) {
            return;
        }
        HttpHeaders headers = exchange.getResponse().getHeaders();
        String earlier = headers.getFirst(REMAINING_HEADER);
        long fewest = earlier == null ? remaining : Math.min(remaining, Long.parseLong(earlier));
        headers.set(REMAINING_HEADER, Long.toString(fewest));
    }

    public Mono<Void> refuse(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        headers.set(REMAINING_HEADER, "0");
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "Rate limit exceeded; retry after " + retryAfterSeconds + " s.");
    }
}

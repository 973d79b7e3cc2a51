package io.tendlc.gateway.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Several named token buckets in Redis, all run by Spring Cloud Gateway's {@link RedisRateLimiter} (its maintained
 * Lua token-bucket script; one EVALSHA per bucket). The limiter itself fails open when Redis cannot be reached.
 */
@Component
public class RateLimits {

    public enum Bucket {
        IP("ip"), ACCOUNT_FORMS("account-forms"), WEBHOOK("webhook"), API_KEY("api-key"), ORGANIZATION("organization");

        /** Part of the Redis key: {@code request_rate_limiter.{<name>.<id>}.tokens}. */
        final String name;

        Bucket(String name) {
            this.name = name;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final long WARN_EVERY_MILLIS = 10_000;

    private final RedisRateLimiter limiter;
    private final AtomicLong lastWarning = new AtomicLong();

    public RateLimits(ReactiveStringRedisTemplate redis,
                      @Qualifier("redisRequestRateLimiterScript") RedisScript<List<Long>> script,
                      ConfigurationService configurationService, RateLimitProperties properties) {
        // the same Lua script, held as text: the script bean reads it from a jar resource and asks that resource
        // whether it was modified on every call (under a lock), 7% of the gateway's CPU under load
        RedisScript<List<Long>> fixed = RedisScript.of(script.getScriptAsString(), script.getResultType());
        this.limiter = new RedisRateLimiter(redis, fixed, configurationService);
        limiter.setIncludeHeaders(true);
        configure(Bucket.IP, properties.ip());
        configure(Bucket.ACCOUNT_FORMS, properties.accountForms());
        configure(Bucket.WEBHOOK, properties.webhook());
        configure(Bucket.API_KEY, properties.apiKey());
        configure(Bucket.ORGANIZATION, properties.organization());
    }

    public Mono<Verdict> check(Bucket bucket, String id) {
        RedisRateLimiter.Config config = limiter.getConfig().get(bucket.name);
        return limiter.isAllowed(bucket.name, id).map(response -> verdict(config, response))
                .onErrorResume(e -> {
                    unenforced();
                    return Mono.just(Verdict.UNKNOWN); // fail open, like the limiter itself
                });
    }

    private Verdict verdict(RedisRateLimiter.Config config, RateLimiter.Response response) {
        String header = response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER);
        long tokens = header == null ? -1 : Long.parseLong(header);
        if (tokens < 0) {
            unenforced(); // the limiter could not reach Redis and let the request through
            return Verdict.UNKNOWN;
        }
        long cost = config.getRequestedTokens();
        if (response.isAllowed()) {
            return new Verdict(true, tokens / cost, 0);
        }
        long missing = cost - tokens;
        long wait = (missing + config.getReplenishRate() - 1) / config.getReplenishRate();
        return new Verdict(false, 0, Math.max(1, wait));
    }

    /** The limiter logs every failure with a stack trace (switched off in application.yml): one line in a while. */
    private void unenforced() {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last > WARN_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limits are not enforced: Redis cannot be reached");
        }
    }

    private void configure(Bucket bucket, RateLimitProperties.Bucket limits) {
        limiter.getConfig().put(bucket.name, new RedisRateLimiter.Config().setReplenishRate(limits.replenishRate())
                .setBurstCapacity(limits.burstCapacity()).setRequestedTokens(limits.requestedTokens()));
    }
}

package io.tendlc.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token buckets, in Spring Cloud Gateway's {@code RedisRateLimiter} terms. A request costs
 * {@code requestedTokens}; {@code replenishRate} tokens come back every second up to {@code burstCapacity}. So the
 * sustained rate is {@code replenishRate / requestedTokens} requests a second and the burst
 * {@code burstCapacity / requestedTokens} requests; a rate below one a second takes {@code requestedTokens > 1}
 * (replenish 1, requested 12, capacity 120 = 5 a minute, bursts of 10).
 *
 * @param ip           per client address, every request, checked before authentication
 * @param accountForms per client address, additionally, on login, MFA, sign-up, password reset, e-mail
 *                     verification and invitations
 * @param webhook      per client address on /webhooks/** instead of {@code ip}: providers call back from a few
 *                     addresses at the platform's own send rate
 * @param apiKey       per API key, after authentication
 * @param organization per organization (all its users and keys), after authentication
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(Bucket ip, Bucket accountForms, Bucket webhook, Bucket apiKey, Bucket organization) {

    public record Bucket(int replenishRate, long burstCapacity, @DefaultValue("1") int requestedTokens) {

        public Bucket {
            if (replenishRate < 1 || requestedTokens < 1 || burstCapacity < requestedTokens) {
                throw new IllegalArgumentException("A rate-limit bucket needs replenishRate >= 1, requestedTokens >= 1"
                        + " and burstCapacity >= requestedTokens");
            }
        }
    }
}

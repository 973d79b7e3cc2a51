package io.tendlc.gateway.config;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the gateway talks to Redis, which it asks on every request (rate limits, then the revocation list).
 * <ul>
 *   <li>While Redis is unreachable Lettuce would queue every command until its timeout: each request would wait
 *       that long before the rate limits fail open and the revocation check fails closed. Refuse commands at once
 *       instead.</li>
 *   <li>Lettuce completes reactive commands on the connection's one I/O thread, so everything downstream of a Redis
 *       answer (JWT decoding, the next filters, routing) would run there too: one thread for the gateway's whole
 *       request path, saturated at a few hundred requests a second on two cores, and the Redis answers queued
 *       behind it until commands time out. Emit results on Lettuce's computation pool instead.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RedisClientConfig {

    @Bean
    LettuceClientOptionsBuilderCustomizer gatewayRedisClientOptions() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .publishOnScheduler(true);
    }
}

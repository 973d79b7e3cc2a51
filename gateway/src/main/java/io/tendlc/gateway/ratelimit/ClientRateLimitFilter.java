package io.tendlc.gateway.ratelimit;

import io.tendlc.gateway.security.PublicRoutes;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;

/**
 * Per client address, before anything else costs work — so floods of bad tokens, bad API keys (each would cost a
 * call to auth-service) and password guesses are limited too. The address is the TCP peer, or the client behind a
 * trusted proxy (see {@code InboundHeadersFilter}). One Redis round trip.
 */
@Component
class ClientRateLimitFilter implements WebFilter, Ordered {

    private final RateLimits limits;

    ClientRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 3; // after request id, header cleaning and security headers
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String client = address(request);
        List<Mono<Verdict>> checks;
        if (PublicRoutes.isWebhook(request)) {
            checks = List.of(limits.check(RateLimits.Bucket.WEBHOOK, client));
        } else if (PublicRoutes.isAccountForm(request)) {
            checks = List.of(limits.check(RateLimits.Bucket.IP, client),
                    limits.check(RateLimits.Bucket.ACCOUNT_FORMS, client));
        } else {
            checks = List.of(limits.check(RateLimits.Bucket.IP, client));
        }
        return Verdict.all(checks).flatMap(verdict -> {
            if (!verdict.allowed()) {
                return verdict.refuse(exchange);
            }
            verdict.report(exchange);
            return chain.filter(exchange);
        });
    }

    /** An IPv6 client owns at least a /64: counting single addresses would let it rotate past any limit. */
    static String address(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return "unknown";
        }
        InetAddress address = remote.getAddress();
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            return HexFormat.of().formatHex(bytes, 0, 8) + "/64";
        }
        return address.getHostAddress();
    }
}

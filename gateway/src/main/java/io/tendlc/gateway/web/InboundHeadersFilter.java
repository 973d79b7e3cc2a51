package io.tendlc.gateway.web;

import io.tendlc.gateway.GatewayProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;

/**
 * What a client says about itself is not believed: headers the platform uses between its own services
 * ({@code X-Internal-*}, {@code X-User-*}, {@code X-Organization-*}) are dropped, and {@code X-Forwarded-*} /
 * {@code Forwarded} only count when the TCP peer is a configured trusted proxy. In that case the request's remote
 * address becomes the client behind the proxy, so everything after this filter (rate limits, logs) sees the client.
 */
@Component
class InboundHeadersFilter implements WebFilter, Ordered {

    /** Attribute: true when a trusted proxy terminated TLS for this request ({@code X-Forwarded-Proto: https}). */
    static final String FORWARDED_HTTPS = InboundHeadersFilter.class.getName() + ".https";

    private static final List<String> INTERNAL_PREFIXES = List.of("x-internal-", "x-user-", "x-organization-");
    private static final List<String> PROXY_PREFIXES = List.of("x-forwarded-");
    private static final List<String> PROXY_HEADERS = List.of("forwarded", "x-real-ip");

    private final TrustedProxies proxies;

    InboundHeadersFilter(GatewayProperties properties) {
        this.proxies = new TrustedProxies(properties.trustedProxies());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // right after the request id, before anything reads the headers
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        InetSocketAddress peer = request.getRemoteAddress();
        boolean viaProxy = peer != null && proxies.trusts(peer.getAddress());
        InetSocketAddress client = peer;
        if (viaProxy) {
            InetAddress behind = proxies.clientBehind(headers.getOrEmpty("X-Forwarded-For"));
            if (behind != null) {
                client = new InetSocketAddress(behind, 0);
            }
            List<String> proto = headers.getOrEmpty("X-Forwarded-Proto");
            if (!proto.isEmpty() && "https".equalsIgnoreCase(proto.getLast().strip())) {
                exchange.getAttributes().put(FORWARDED_HTTPS, Boolean.TRUE);
            }
        }
        List<String> untrusted = headers.headerNames().stream().filter(name -> refused(name, viaProxy)).toList();
        if (untrusted.isEmpty() && client == peer) {
            return chain.filter(exchange);
        }
        InetSocketAddress remote = client;
        return chain.filter(exchange.mutate().request(r -> {
            r.headers(h -> untrusted.forEach(h::remove));
            if (remote != null) {
                r.remoteAddress(remote);
            }
        }).build());
    }

    private static boolean refused(String header, boolean viaProxy) {
        String name = header.toLowerCase(Locale.ROOT);
        if (INTERNAL_PREFIXES.stream().anyMatch(name::startsWith)) {
            return true;
        }
        return !viaProxy && (PROXY_HEADERS.contains(name) || PROXY_PREFIXES.stream().anyMatch(name::startsWith));
    }
}

package io.tendlc.gateway.web;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The dashboard routes in the browser: a reload of /messages must get index.html, while API, API-docs,
 * webhook and actuator paths and real files (anything with a dot) pass through untouched.
 */
@Component
class DashboardFallbackFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        boolean dashboardRoute = exchange.getRequest().getMethod() == HttpMethod.GET
                && !path.startsWith("/api/") && !path.startsWith("/webhooks/") && !path.startsWith("/actuator")
                && !path.startsWith("/.well-known") && !path.startsWith("/api-docs/") && !path.contains(".") && !path.equals("/");
        if (!dashboardRoute) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(r -> r.path("/index.html")).build());
    }
}

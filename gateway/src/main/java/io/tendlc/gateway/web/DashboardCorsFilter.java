package io.tendlc.gateway.web;

import io.tendlc.gateway.GatewayProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cross-origin calls to /api from the dashboard's origins only: the gateway's own public origin (behind a proxy that
 * terminates TLS the browser's {@code https://} origin differs from the {@code http://} request the gateway sees)
 * and the configured extra ones. Preflights are answered here, before authentication; a request
 * from any other origin gets a 403 problem and no CORS headers. Bearer tokens travel in headers, never cookies, so
 * credentials are not allowed.
 */
@Component
class DashboardCorsFilter implements WebFilter, Ordered {

    private final CorsConfiguration configuration = new CorsConfiguration();
    private final CorsProcessor processor = new DefaultCorsProcessor();

    DashboardCorsFilter(GatewayProperties properties) {
        List<String> origins = new ArrayList<>(properties.cors().allowedOrigins());
        if (properties.publicBaseUrl() != null && !properties.publicBaseUrl().isBlank()) {
            origins.add(origin(properties.publicBaseUrl()));
        }
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
                HttpHeaders.ACCEPT, "X-Request-Id", "X-API-Key", "Idempotency-Key"));
        configuration.setExposedHeaders(List.of("X-Request-Id", HttpHeaders.RETRY_AFTER, "X-RateLimit-Remaining",
                HttpHeaders.LOCATION));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofHours(1));
    }

    /** {@code https://sms.example.com/any/path} → {@code https://sms.example.com}. */
    static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    public int getOrder() {
        return -250; // after the per-address rate limit, before API-key exchange and authentication
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())
                || !exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return Problems.write(exchange, HttpStatus.FORBIDDEN, "cors-rejected", "Origin not allowed",
                    "This origin may not call the API from a browser.");
        }
        return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? Mono.empty() : chain.filter(exchange);
    }
}

package io.tendlc.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Browser hardening on every response — including the ones the gateway writes itself before Spring Security runs
 * (429 from the rate limiter, 401 for a bad API key) and the ones proxied from a service (set, never duplicated).
 * Spring Security's own header writers are switched off in {@code GatewaySecurityConfig} in favour of this.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    /**
     * The dashboard: scripts, fonts and API calls from the gateway itself; inline styles for Angular Material;
     * data: images for the MFA enrolment QR code. Nothing may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";
    /** Spring Security's default. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2; // after InboundHeadersFilter has decided whether a proxy did TLS
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            write(exchange);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static void write(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        // mail links carry secrets in their query (/verify-email?token=...): never send them on as a Referer
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (secure(exchange)) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (request.getPath().value().startsWith("/api/")) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            headers.remove(HttpHeaders.PRAGMA);
            headers.remove(HttpHeaders.EXPIRES);
        } else if (!headers.containsHeader(HttpHeaders.CACHE_CONTROL)
                && exchange.getResponse().getStatusCode() != HttpStatus.NOT_MODIFIED) {
            // the dashboard's files: revalidate (cheap 304s) so a deployment is picked up at the next load
            headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }

    private static boolean secure(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        return request.getSslInfo() != null || "https".equalsIgnoreCase(request.getURI().getScheme())
                || Boolean.TRUE.equals(exchange.getAttribute(InboundHeadersFilter.FORWARDED_HTTPS));
    }
}

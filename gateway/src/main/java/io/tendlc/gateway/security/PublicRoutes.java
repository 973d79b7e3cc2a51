package io.tendlc.gateway.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

import java.util.Set;

/**
 * What reaches the platform without a token. The gateway does not even look at a bearer token on these: an expired
 * one sent along to {@code /refresh} or {@code /logout} must not turn the call into a 401 — the service judges it.
 */
public final class PublicRoutes {

    /** Account forms a password guesser or a mail bomber would hammer: a stricter per-address rate limit. */
    private static final Set<String> ACCOUNT_FORMS = Set.of("/api/v1/auth/signup", "/api/v1/auth/login",
            "/api/v1/auth/login/mfa", "/api/v1/auth/verify-email", "/api/v1/auth/password-reset",
            "/api/v1/auth/password-reset/confirm", "/api/v1/invitations/lookup", "/api/v1/invitations/accept");
    /** Public too, but called routinely by a signed-in dashboard: only the general per-address limit. */
    private static final Set<String> SESSION_CALLS = Set.of("/api/v1/auth/refresh", "/api/v1/auth/logout");

    /** For Spring Security's {@code authorizeExchange} and the bearer token converter. */
    static final ServerWebExchangeMatcher MATCHER = exchange -> isPublic(exchange.getRequest())
            ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();

    public static boolean isAccountForm(ServerHttpRequest request) {
        return request.getMethod() == HttpMethod.POST && ACCOUNT_FORMS.contains(path(request));
    }

    public static boolean isWebhook(ServerHttpRequest request) {
        return path(request).startsWith("/webhooks/");
    }

    /**
     * Everything outside /api/ (the dashboard's files, webhooks, JWKS, the actuator endpoints exposed: health, info,
     * prometheus) and the public API calls.
     */
    public static boolean isPublic(ServerHttpRequest request) {
        String path = path(request);
        return !path.startsWith("/api/") || request.getMethod() == HttpMethod.POST
                && (ACCOUNT_FORMS.contains(path) || SESSION_CALLS.contains(path));
    }

    private static String path(ServerHttpRequest request) {
        return request.getPath().pathWithinApplication().value();
    }

    private PublicRoutes() {
    }
}

package io.tendlc.simulators.tcr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/** TCR's call-level HTTP Basic authentication (API key as user, secret as password) on every CSP API route. */
final class TcrAuthentication implements HandlerInterceptor {

    private final byte[] expected;
    private final TcrStats stats;

    TcrAuthentication(String apiKey, String apiSecret, TcrStats stats) {
        this.expected = (apiKey + ":" + apiSecret).getBytes(StandardCharsets.UTF_8);
        this.stats = stats;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (accepts(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            return true;
        }
        stats.unauthorized.increment();
        response.setStatus(401);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"TCR CSP API\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("[{\"code\":401,\"description\":\"Unauthorized: invalid API key or secret\"}]");
        return false;
    }

    /** Constant-time, as a secret comparison should be. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(expected, decoded);
    }
}

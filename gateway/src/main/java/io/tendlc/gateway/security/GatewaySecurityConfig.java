package io.tendlc.gateway.security;

import io.tendlc.gateway.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * The front door: every API route needs a valid access token (an API key has become one by now); the public
 * calls of {@link PublicRoutes}, JWKS, health, the dashboard's files and the webhooks (verified by their services)
 * are open. Stateless: no session, no saved request. Response headers come from {@code SecurityHeadersFilter},
 * which also covers the answers written before this chain runs; CORS from {@code DashboardCorsFilter}.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfig {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> Problems.write(exchange,
                HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                "A valid bearer token or X-API-Key header is required.");
        ServerAccessDeniedHandler forbidden = (exchange, e) -> Problems.write(exchange, HttpStatus.FORBIDDEN,
                "forbidden", "Forbidden", "This credential may not call this route.");
        ServerAuthenticationFailureHandler failure = (filterExchange, e) -> e instanceof AuthenticationServiceException
                // the JWKS could not be fetched: our fault, not the caller's
                ? Problems.write(filterExchange.getExchange(), HttpStatus.SERVICE_UNAVAILABLE,
                        "authentication-unavailable", "Authentication temporarily unavailable",
                        "Tokens cannot be checked right now; retry shortly.")
                : unauthorized.commence(filterExchange.getExchange(), e);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens, no cookies
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(auth -> auth
                        .matchers(PublicRoutes.MATCHER).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtDecoder(new CachingReactiveJwtDecoder(decoder, 10_000, Duration.ofMinutes(5))))
                        .bearerTokenConverter(bearerTokenOutsidePublicRoutes())
                        .authenticationEntryPoint(unauthorized)
                        .authenticationFailureHandler(failure)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /** On a public route the Authorization header is the service's business (logout, refresh with a stale token). */
    private static ServerAuthenticationConverter bearerTokenOutsidePublicRoutes() {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        return exchange -> PublicRoutes.isPublic(exchange.getRequest()) ? Mono.empty() : bearer.convert(exchange);
    }
}

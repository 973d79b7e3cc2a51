package io.tendlc.gateway.security;

import io.tendlc.gateway.GatewayProperties;
import io.tendlc.gateway.ratelimit.RateLimits;
import io.tendlc.gateway.ratelimit.Verdict;
import io.tendlc.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Once Spring Security has found the token valid: is it revoked, and are its API key and its organization within
 * their rates? The three questions go to Redis together (Lettuce pipelines them: one round trip). A token exchanged
 * for an API key and cached by {@link ApiKeyExchangeFilter} is checked like any other, so a revoked key stops at once.
 */
@Component
class AuthenticatedCallerFilter implements WebFilter, Ordered {

    /** Attribute set when the token was refused as revoked, so a cached API-key exchange is dropped. */
    static final String REVOKED = AuthenticatedCallerFilter.class.getName() + ".revoked";
    static final String API_KEY_SUBJECT_PREFIX = "apikey:";

    private static final Logger log = LoggerFactory.getLogger(AuthenticatedCallerFilter.class);
    private static final long WARN_EVERY_MILLIS = 10_000;

    private final RevocationList revocations;
    private final RateLimits limits;
    private final boolean failOpen;
    private final AtomicLong lastWarning = new AtomicLong();

    AuthenticatedCallerFilter(RevocationList revocations, RateLimits limits, GatewayProperties properties) {
        this.revocations = revocations;
        this.limits = limits;
        this.failOpen = properties.revocation().failOpen();
    }

    @Override
    public int getOrder() {
        return -90; // right after Spring Security's filter chain (-100), before the request is routed
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .ofType(JwtAuthenticationToken.class)
                .map(authentication -> Optional.of(authentication.getToken()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(token -> token.isPresent() ? check(exchange, chain, token.get()) : chain.filter(exchange));
    }

    private Mono<Void> check(ServerWebExchange exchange, WebFilterChain chain, Jwt token) {
        List<Mono<Verdict>> buckets = new ArrayList<>(2);
        String subject = token.getSubject();
        if (subject != null && subject.startsWith(API_KEY_SUBJECT_PREFIX)) {
            buckets.add(limits.check(RateLimits.Bucket.API_KEY, subject.substring(API_KEY_SUBJECT_PREFIX.length())));
        }
        String organization = token.getClaimAsString(RevocationList.ORGANIZATION_CLAIM);
        if (organization != null) {
            buckets.add(limits.check(RateLimits.Bucket.ORGANIZATION, organization));
        }
        Mono<Boolean> revoked = revocations.isRevoked(token).onErrorResume(e -> unreadable(e));
        return Mono.zip(revoked, Verdict.all(buckets)).flatMap(answers -> {
            if (answers.getT1()) {
                exchange.getAttributes().put(REVOKED, Boolean.TRUE);
                return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "token-revoked", "Token revoked",
                        "This token or API key has been revoked; sign in again or use a current key.");
            }
            Verdict verdict = answers.getT2();
            if (!verdict.allowed()) {
                return verdict.refuse(exchange);
            }
            verdict.report(exchange);
            return chain.filter(exchange);
        }).onErrorResume(RevocationUnavailable.class, e -> Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                "revocation-unavailable", "Authentication temporarily unavailable",
                "Token revocations cannot be checked right now; retry shortly."));
    }

    private Mono<Boolean> unreadable(Throwable error) {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last > WARN_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
            log.warn("Token revocations cannot be read from Redis ({}); {}", error.toString(),
                    failOpen ? "letting tokens through unchecked" : "refusing authenticated requests with 503");
        }
        return failOpen ? Mono.just(false) : Mono.error(new RevocationUnavailable());
    }

    private static final class RevocationUnavailable extends RuntimeException {
        RevocationUnavailable() {
            super(null, null, false, false);
        }
    }
}

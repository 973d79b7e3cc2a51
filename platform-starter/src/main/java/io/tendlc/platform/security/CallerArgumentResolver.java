package io.tendlc.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Resolves a {@link Caller} controller parameter from the validated JWT; the organization never comes from the request. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new InsufficientAuthenticationException("no bearer token");
        }
        return fromJwt(token.getToken());
    }

    static Caller fromJwt(Jwt jwt) {
        String org = jwt.getClaimAsString(TokenClaims.ORGANIZATION);
        if (org == null) {
            throw new InsufficientAuthenticationException("token carries no organization");
        }
        return new Caller(jwt.getSubject(), UUID.fromString(org), strings(jwt.getClaim(TokenClaims.ROLES)),
                scopes(jwt.getClaimAsString(TokenClaims.SCOPE)),
                Boolean.TRUE.equals(jwt.getClaimAsBoolean(TokenClaims.EMAIL_VERIFIED)));
    }

    private static Set<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return Set.copyOf(values.stream().map(String::valueOf).toList());
        }
        return Set.of();
    }

    private static Set<String> scopes(String scope) {
        return scope == null || scope.isBlank() ? Set.of() : Set.copyOf(List.of(scope.trim().split("\\s+")));
    }
}

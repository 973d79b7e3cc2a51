package io.tendlc.auth.tokens;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.tendlc.platform.security.PlatformSecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;

/** auth-service validates access tokens with its own keys, read from its database rather than over HTTP. */
@Configuration(proxyBeanMethods = false)
class ResourceServerConfig {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, AuthProperties properties) {
        JWKSource<SecurityContext> source = (selector, context) -> {
            List<JWK> found = selector.select(keys.jwks());
            return found.isEmpty() ? selector.select(keys.jwksReloaded()) : found;
        };
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(source).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }

    /**
     * Public routes ignore an Authorization header: a stale access token sent along with a refresh or a logout
     * must not turn it into a 401 (logout reads the header itself, to deny-list the token).
     */
    @Bean
    BearerTokenResolver bearerTokenResolver(PlatformSecurityProperties security) {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        List<PathPattern> publicPaths = security.publicPaths().stream().map(PathPatternParser.defaultInstance::parse)
                .toList();
        return request -> {
            PathContainer path = PathContainer.parsePath(request.getRequestURI()
                    .substring(request.getContextPath().length()));
            return publicPaths.stream().anyMatch(p -> p.matches(path)) ? null : standard.resolve(request);
        };
    }
}

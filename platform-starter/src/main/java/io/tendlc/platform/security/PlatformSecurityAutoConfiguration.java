package io.tendlc.platform.security;

import io.tendlc.platform.web.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every servlet service is a JWT resource server: it validates the access token itself (keys from
 * auth-service's JWKS) even behind the gateway, and answers 401/403 as problem details.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    static final String[] ALWAYS_PUBLIC = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/webhooks/**", "/.well-known/**", "/error"};

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, PlatformSecurityProperties properties,
                                                    JwtDecoder decoder) {
        http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(ALWAYS_PUBLIC).permitAll()
                        .requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.decoder(properties.verifiedTokenCache().isPositive()
                                        ? new CachingJwtDecoder(decoder, 10_000, properties.verifiedTokenCache())
                                        : decoder)
                                .jwtAuthenticationConverter(jwtAuthenticationConverter()))
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                                "A valid bearer token or API key is required."))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(res,
                                HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                "Your role does not allow this action.")));
        return http.build();
    }

    /** Roles become ROLE_x authorities, scopes SCOPE_x, so {@code hasRole} and {@code hasAuthority} both work. */
    static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities());
        return converter;
    }

    private static Converter<Jwt, Collection<GrantedAuthority>> authorities() {
        return jwt -> {
            Caller caller = CallerArgumentResolver.fromJwt(jwt);
            List<GrantedAuthority> granted = new ArrayList<>();
            caller.roles().forEach(r -> granted.add(new SimpleGrantedAuthority("ROLE_" + r)));
            caller.scopes().forEach(s -> granted.add(new SimpleGrantedAuthority("SCOPE_" + s)));
            return granted;
        };
    }

    @Bean
    WebMvcConfigurer callerArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}

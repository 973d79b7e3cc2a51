package io.tendlc.auth;

import io.tendlc.platform.test.TestJwks;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

@TestConfiguration(proxyBeanMethods = false)
class AuthTestConfiguration {

    /**
     * auth-service's own decoder first (its tokens, its keys); tokens it did not sign are tried against the
     * platform's test key, so the shared smoke and cross-organization tests can speak for users auth never saw.
     * Forgeries fail both.
     */
    @Bean
    @Primary
    JwtDecoder ownKeysThenTestKey(@Qualifier("jwtDecoder") JwtDecoder own) {
        JwtDecoder testKey = NimbusJwtDecoder.withJwkSetUri(TestJwks.url()).build();
        return token -> {
            try {
                return own.decode(token);
            } catch (JwtException notOurs) {
                return testKey.decode(token);
            }
        };
    }
}

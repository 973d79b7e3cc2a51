package io.tendlc.auth;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.ServiceSmokeTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@AuthServiceTest
class AuthServiceSmokeTest extends ServiceSmokeTest {

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        Api.Reply docs = Api.at(port).get("/v3/api-docs", null);
        var paths = docs.json().path("paths");
        for (String path : new String[]{"/api/v1/auth/signup", "/api/v1/auth/login", "/api/v1/auth/login/mfa",
                "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/verify-email",
                "/api/v1/auth/verify-email/resend", "/api/v1/auth/switch-organization", "/api/v1/auth/me",
                "/api/v1/auth/mfa/enrollment", "/api/v1/auth/mfa/enrollment/confirm", "/api/v1/auth/mfa",
                "/api/v1/auth/mfa/recovery-codes", "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm",
                "/api/v1/auth/password", "/api/v1/api-keys", "/api/v1/api-keys/{id}", "/.well-known/jwks.json",
                "/internal/accounts", "/internal/api-keys/exchange"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.path("/api/v1/auth/signup").path("post").path("summary").asString()).startsWith("Sign up");
    }
}

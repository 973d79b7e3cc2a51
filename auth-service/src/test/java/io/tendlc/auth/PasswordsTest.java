package io.tendlc.auth;

import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.AccountMailRequested;
import io.tendlc.events.identity.RevocationKeys;
import io.tendlc.platform.test.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.tendlc.auth.AuthClient.PASSWORD;
import static io.tendlc.auth.AuthClient.json;
import static org.assertj.core.api.Assertions.assertThat;

@AuthServiceTest
class PasswordsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StringRedisTemplate redis;

    Api api;
    AuthClient auth;

    @BeforeEach
    void client() {
        api = Api.at(port);
        auth = new AuthClient(api);
    }

    @Test
    void aResetLinkWorksOnceAndEndsEverySession() throws Exception {
        AuthClient.Session session = auth.signup();
        assertThat(api.post("/api/v1/auth/password-reset", null, json("email", session.email().toUpperCase())).status())
                .isEqualTo(202);
        AccountMailRequested mail = UserEvents.await(EventTypes.PASSWORD_RESET_REQUESTED,
                e -> e.userId().equals(session.userId()));
        assertThat(mail.link()).startsWith("http://localhost:8080/reset-password?token=");
        assertThat(mail.expiresAt()).isBetween(Instant.now().plus(Duration.ofMinutes(29)), Instant.now().plus(Duration.ofMinutes(31)));
        String token = SignupTest.token(mail.link());

        Api.Reply weak = api.post("/api/v1/auth/password-reset/confirm", null, json("token", token, "newPassword", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.text("type")).endsWith("/validation");

        assertThat(api.post("/api/v1/auth/password-reset/confirm", null,
                json("token", token, "newPassword", "a brand new passphrase")).status()).isEqualTo(204);

        assertThat(auth.refresh(session.refreshToken()).status()).as("sessions ended").isEqualTo(401);
        assertThat(redis.hasKey(RevocationKeys.subject(session.organizationId(), session.userId().toString()))).isTrue();
        assertThat(auth.login(session.email(), PASSWORD).status()).isEqualTo(401);
        Api.Reply login = auth.login(session.email(), "a brand new passphrase");
        assertThat(login.status()).isEqualTo(200);
        assertThat(AuthClient.claims(login.text("accessToken")).getBooleanClaim("email_verified"))
                .as("the mail proved the address").isTrue();

        Api.Reply again = api.post("/api/v1/auth/password-reset/confirm", null,
                json("token", token, "newPassword", "yet another passphrase"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("type")).endsWith("/invalid-token");
    }

    @Test
    void anExpiredResetLinkIsRefused() {
        AuthClient.Session session = auth.member(UUID.randomUUID(), "VIEWER");
        api.post("/api/v1/auth/password-reset", null, json("email", session.email()));
        String token = SignupTest.token(UserEvents.await(EventTypes.PASSWORD_RESET_REQUESTED,
                e -> e.userId().equals(session.userId())).link());
        jdbc.sql("update password_reset set expires_at = now() - interval '1 second' where account_id = ?")
                .param(session.userId()).update();

        Api.Reply expired = api.post("/api/v1/auth/password-reset/confirm", null,
                json("token", token, "newPassword", "a brand new passphrase"));
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.text("type")).endsWith("/invalid-token");
        assertThat(auth.login(session.email(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void unknownAddressesGetTheSameAnswer() {
        assertThat(api.post("/api/v1/auth/password-reset", null, json("email", "nobody-" + UUID.randomUUID() + "@example.com"))
                .status()).isEqualTo(202);
        assertThat(api.post("/api/v1/auth/password-reset/confirm", null,
                json("token", "made-up", "newPassword", "a brand new passphrase")).status()).isEqualTo(400);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        AuthClient.Session session = auth.member(UUID.randomUUID(), "AGENT");
        AuthClient.Session elsewhere = auth.login(session.email());

        Api.Reply wrong = api.post("/api/v1/auth/password", session.accessToken(),
                json("currentPassword", "not it", "newPassword", "a brand new passphrase"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("type")).endsWith("/wrong-password");

        assertThat(api.post("/api/v1/auth/password", session.accessToken(), json("currentPassword", PASSWORD,
                "newPassword", "a brand new passphrase", "refreshToken", session.refreshToken())).status()).isEqualTo(204);
        assertThat(auth.refresh(elsewhere.refreshToken()).status()).isEqualTo(401);
        assertThat(auth.refresh(session.refreshToken()).status()).as("the caller's own session stays").isEqualTo(200);
        assertThat(auth.login(session.email(), "a brand new passphrase").status()).isEqualTo(200);
    }
}

package io.tendlc.auth;

import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.AccountMailRequested;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.events.identity.UserEmailVerified;
import io.tendlc.platform.test.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static io.tendlc.auth.AuthClient.json;
import static org.assertj.core.api.Assertions.assertThat;

@AuthServiceTest
class SignupTest {

    @LocalServerPort
    int port;

    Api api;
    AuthClient auth;

    @BeforeEach
    void client() {
        api = Api.at(port);
        auth = new AuthClient(api);
    }

    @Test
    void signUpMailVerifyAndTheNextTokenSaysVerified() throws Exception {
        AuthClient.Session session = auth.signup();
        assertThat(session.claims().getBooleanClaim("email_verified")).isFalse();
        assertThat(session.claims().getStringListClaim("roles")).containsExactly("OWNER");

        UserCreated created = UserEvents.await(EventTypes.USER_CREATED, e -> e.userId().equals(session.userId()));
        assertThat(created.organizationId()).isEqualTo(session.organizationId());
        assertThat(created.organizationName()).isEqualTo("Acme " + session.email());
        assertThat(created.role()).isEqualTo("OWNER");
        assertThat(created.name()).isEqualTo("Olivia Owner");

        AccountMailRequested mail = UserEvents.await(EventTypes.EMAIL_VERIFICATION_REQUESTED,
                e -> e.userId().equals(session.userId()));
        assertThat(mail.email()).isEqualTo(session.email());
        assertThat(mail.link()).startsWith("http://localhost:8080/verify-email?token=");
        assertThat(mail.expiresAt()).isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

        // unverified: no API keys yet
        Api.Reply refused = api.post("/api/v1/api-keys", session.accessToken(), "{\"name\":\"x\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("type")).endsWith("/email-not-verified");

        assertThat(api.post("/api/v1/auth/verify-email", null, json("token", token(mail.link()))).status()).isEqualTo(204);
        assertThat(UserEvents.await(EventTypes.USER_EMAIL_VERIFIED, e -> e.userId().equals(session.userId())).email())
                .isEqualTo(session.email());
        // following the link twice is harmless and announces nothing new
        assertThat(api.post("/api/v1/auth/verify-email", null, json("token", token(mail.link()))).status()).isEqualTo(204);

        Api.Reply refreshed = auth.refresh(session.refreshToken());
        assertThat(AuthClient.claims(refreshed.text("accessToken")).getBooleanClaim("email_verified")).isTrue();
        assertThat(api.post("/api/v1/api-keys", refreshed.text("accessToken"), "{\"name\":\"x\"}").status()).isEqualTo(201);
        assertThat(UserEvents.all(EventTypes.USER_EMAIL_VERIFIED, e -> e.userId().equals(session.userId())))
                .hasSize(1);
    }

    @Test
    void badOrMisusedVerificationTokensAreRefused() {
        AuthClient.Session session = auth.signup();
        String link = UserEvents.await(EventTypes.EMAIL_VERIFICATION_REQUESTED,
                e -> e.userId().equals(session.userId())).link();
        String token = token(link);

        for (String bad : new String[]{"nonsense", session.accessToken(), token.substring(0, token.length() - 3) + "AAA"}) {
            Api.Reply reply = api.post("/api/v1/auth/verify-email", null, json("token", bad));
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.text("type")).endsWith("/invalid-token");
        }
        // a verification token is no access token
        assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
    }

    @Test
    void resendMailsAnotherLinkAtMostOnceAMinute() {
        AuthClient.Session session = auth.signup();
        UserEvents.await(EventTypes.EMAIL_VERIFICATION_REQUESTED, e -> e.userId().equals(session.userId()));

        assertThat(api.post("/api/v1/auth/verify-email/resend", session.accessToken(), "").status()).isEqualTo(202);
        assertThat(api.post("/api/v1/auth/verify-email/resend", session.accessToken(), "").status()).isEqualTo(202);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> UserEvents.all(
                EventTypes.EMAIL_VERIFICATION_REQUESTED, e -> e.userId().equals(session.userId())).size() == 2);
    }

    @Test
    void anAddressSignsUpOnceAndPasswordsHaveALength() {
        AuthClient.Session session = auth.signup();
        Api.Reply again = api.post("/api/v1/auth/signup", null, json("email", session.email().toUpperCase(),
                "password", "another long password", "name", "Eve", "organizationName", "Evil"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).endsWith("/email-taken");

        Api.Reply tooShort = api.post("/api/v1/auth/signup", null, json("email", "short@example.com",
                "password", "123456789", "name", "S", "organizationName", "S"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.text("type")).endsWith("/validation");
        Api.Reply notAnEmail = api.post("/api/v1/auth/signup", null, json("email", "nope",
                "password", "long enough password", "name", "S", "organizationName", "S"));
        assertThat(notAnEmail.status()).isEqualTo(400);
    }

    static String token(String link) {
        String query = URI.create(link).getRawQuery();
        return URLDecoder.decode(query.substring("token=".length()), StandardCharsets.UTF_8);
    }
}

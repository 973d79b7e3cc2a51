package io.tendlc.e2e;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.time.SystemTimeProvider;
import io.tendlc.e2e.Gateway.Reply;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static io.tendlc.e2e.Gateway.assertProblem;
import static io.tendlc.e2e.Gateway.delete;
import static io.tendlc.e2e.Gateway.get;
import static io.tendlc.e2e.Gateway.patch;
import static io.tendlc.e2e.Gateway.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 3's walk, as a new customer would take it against {@code ./platform up}, through the gateway only: sign up,
 * read the verification mail in the dev stack's mail sink, verify, enrol MFA and sign in again with a code, invite
 * a colleague as VIEWER who can read but not change anything, create and revoke an API key, log out.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewUserJourneyIT {

    static final String PASSWORD = "correct horse battery";
    static final String OWNER_EMAIL = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    static final String VIEWER_EMAIL = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

    static String access;
    static String refresh;
    static String mfaSecret;
    static String lastCodeUsed;
    static String viewerAccess;

    @Test
    @Order(1)
    void signUpSignsInWithAnUnverifiedAddressThatCannotSendOrInvite() throws Exception {
        Reply signup = post("/api/v1/auth/signup", null, null, """
                {"email":"%s","password":"%s","name":"Olivia Owner","organizationName":"Olivia's Bakery"}"""
                .formatted(OWNER_EMAIL, PASSWORD));
        assertThat(signup.status()).as(signup.json().toString()).isEqualTo(201);
        tokens(signup);
        assertThat(claims(access).path("email_verified").asBoolean()).isFalse();
        assertThat(claims(access).path("roles").get(0).asString()).isEqualTo("OWNER");

        assertThat(get("/api/v1/organizations/current", access, null).text("name")).isEqualTo("Olivia's Bakery");
        Reply invite = post("/api/v1/organizations/current/invitations", access, null,
                "{\"email\":\"" + VIEWER_EMAIL + "\",\"role\":\"VIEWER\"}");
        assertProblem(invite, 403);
        assertThat(invite.problemType()).isEqualTo("email-not-verified");
        assertThat(post("/api/v1/api-keys", access, null, "{\"name\":\"too early\"}").problemType())
                .isEqualTo("email-not-verified");
        assertThat(post("/api/v1/auth/signup", null, null, """
                {"email":"%s","password":"%s","name":"Again","organizationName":"Again"}""".formatted(OWNER_EMAIL, PASSWORD))
                .status()).isEqualTo(409);
    }

    @Test
    @Order(2)
    void theVerificationMailVerifiesTheAddress() throws Exception {
        String token = Mailbox.tokenFromMail(OWNER_EMAIL, "/verify-email");
        assertThat(post("/api/v1/auth/verify-email", null, null, "{\"token\":\"" + token + "\"}").status()).isEqualTo(204);
        assertProblem(post("/api/v1/auth/verify-email", null, null, "{\"token\":\"" + token + "x\"}"), 400);

        tokens(post("/api/v1/auth/refresh", null, null, "{\"refreshToken\":\"" + refresh + "\"}"));
        assertThat(claims(access).path("email_verified").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void enrolsMfaAndTheNextLoginAsksForTheCode() throws Exception {
        Reply enrol = post("/api/v1/auth/mfa/enrollment", access, null, "{}");
        assertThat(enrol.status()).as(enrol.json().toString()).isEqualTo(200);
        assertThat(enrol.text("otpauthUri")).startsWith("otpauth://totp/").contains("secret=");
        assertThat(enrol.text("qrCode")).startsWith("data:image/png;base64,");
        mfaSecret = enrol.text("secret");

        lastCodeUsed = code();
        Reply confirm = post("/api/v1/auth/mfa/enrollment/confirm", access, null, "{\"code\":\"" + lastCodeUsed + "\"}");
        assertThat(confirm.status()).as(confirm.json().toString()).isEqualTo(200);
        assertThat(confirm.json().path("recoveryCodes").size()).isEqualTo(10);

        Reply first = login(OWNER_EMAIL, PASSWORD);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("mfaRequired").asBoolean()).isTrue();
        assertThat(first.text("accessToken")).isEmpty();
        assertThat(post("/api/v1/auth/login/mfa", null, null,
                "{\"mfaToken\":\"" + first.text("mfaToken") + "\",\"code\":\"000000\"}").status()).isEqualTo(401);

        Reply second = login(OWNER_EMAIL, PASSWORD);
        String fresh = freshCode();
        Reply withCode = post("/api/v1/auth/login/mfa", null, null,
                "{\"mfaToken\":\"" + second.text("mfaToken") + "\",\"code\":\"" + fresh + "\"}");
        assertThat(withCode.status()).as(withCode.json().toString()).isEqualTo(200);
        tokens(withCode);
        assertThat(get("/api/v1/auth/me", access, null).json().path("mfaEnabled").asBoolean()).isTrue();
    }

    @Test
    @Order(4)
    void anInvitedViewerCanReadButNotWrite() throws Exception {
        Reply invite = post("/api/v1/organizations/current/invitations", access, null,
                "{\"email\":\"" + VIEWER_EMAIL + "\",\"role\":\"VIEWER\"}");
        assertThat(invite.status()).as(invite.json().toString()).isEqualTo(201);

        String token = Mailbox.tokenFromMail(VIEWER_EMAIL, "/accept-invitation");
        Reply lookup = post("/api/v1/invitations/lookup", null, null, "{\"token\":\"" + token + "\"}");
        assertThat(lookup.text("organizationName")).isEqualTo("Olivia's Bakery");
        assertThat(lookup.text("role")).isEqualTo("VIEWER");
        assertThat(lookup.json().path("accountExists").asBoolean()).isFalse();
        Reply accepted = post("/api/v1/invitations/accept", null, null,
                "{\"token\":\"" + token + "\",\"name\":\"Victor Viewer\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(accepted.status()).as(accepted.json().toString()).isEqualTo(200);
        assertThat(post("/api/v1/invitations/accept", null, null,
                "{\"token\":\"" + token + "\",\"name\":\"Again\",\"password\":\"" + PASSWORD + "\"}").status())
                .isIn(400, 410);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Reply login = login(VIEWER_EMAIL, PASSWORD);
            assertThat(login.status()).isEqualTo(200);
            viewerAccess = login.text("accessToken");
            assertThat(claims(viewerAccess).path("roles").get(0).asString()).isEqualTo("VIEWER");
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                get("/api/v1/organizations/current/members", viewerAccess, null).json().toString())
                .contains(OWNER_EMAIL, VIEWER_EMAIL));
        assertThat(get("/api/v1/messages", viewerAccess, null).status()).isEqualTo(200);
        assertThat(get("/api/v1/analytics/summary", viewerAccess, null).status()).isEqualTo(200);

        assertProblem(post("/api/v1/messages", viewerAccess, null,
                "{\"to\":\"+15551234567\",\"from\":\"+15005550006\",\"body\":\"hi\"}"), 403);
        assertProblem(patch("/api/v1/organizations/current", viewerAccess, "{\"name\":\"Taken over\"}"), 403);
        assertProblem(post("/api/v1/organizations/current/invitations", viewerAccess, null,
                "{\"email\":\"friend@example.com\",\"role\":\"ADMIN\"}"), 403);
        assertProblem(post("/api/v1/api-keys", viewerAccess, null, "{\"name\":\"mine\"}"), 403);
        assertThat(get("/api/v1/organizations/current", access, null).text("name")).isEqualTo("Olivia's Bakery");
    }

    @Test
    @Order(5)
    void anApiKeyWorksUntilRevokedAndStopsWithinSeconds() throws Exception {
        Reply created = post("/api/v1/api-keys", access, null,
                "{\"name\":\"integration\",\"scopes\":[\"messages:read\"]}");
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String key = created.text("key");
        String id = created.text("id");
        assertThat(get("/api/v1/messages", null, key).status()).isEqualTo(200);
        assertProblem(post("/api/v1/messages", null, key,
                "{\"to\":\"+15551234567\",\"from\":\"+15005550006\",\"body\":\"hi\"}"), 403);
        JsonNode listed = get("/api/v1/api-keys", access, null).json();
        assertThat(listed.toString()).contains(id, created.text("prefix")).doesNotContain(key);

        assertThat(delete("/api/v1/api-keys/" + id, access).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(get("/api/v1/messages", null, key).status()).isEqualTo(401));
    }

    @Test
    @Order(6)
    void logoutRevokesTheAccessTokenAtOnceAndTheRefreshToken() throws Exception {
        assertThat(get("/api/v1/auth/me", access, null).status()).isEqualTo(200);
        assertThat(post("/api/v1/auth/logout", access, null, "{\"refreshToken\":\"" + refresh + "\"}").status())
                .isEqualTo(204);
        assertProblem(get("/api/v1/auth/me", access, null), 401);
        assertProblem(get("/api/v1/organizations/current", access, null), 401);
        assertProblem(post("/api/v1/auth/refresh", null, null, "{\"refreshToken\":\"" + refresh + "\"}"), 401);
    }

    @Test
    @Order(7)
    void repeatedWrongPasswordsLockTheAccountWithRetryAfter() throws Exception {
        AtomicReference<Reply> last = new AtomicReference<>();
        for (int i = 0; i < 6; i++) {
            last.set(login(VIEWER_EMAIL, "wrong password " + i));
            if (last.get().status() == 429) {
                break;
            }
            assertProblem(last.get(), 401);
        }
        assertProblem(last.get(), 429);
        assertThat(last.get().headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Long.parseLong(v)).isPositive());
        // locked out even with the right password, and an unknown address answers the same way
        assertThat(login(VIEWER_EMAIL, PASSWORD).status()).isEqualTo(429);
        String stranger = "nobody-" + UUID.randomUUID() + "@example.com";
        Reply strangerReply = null;
        for (int i = 0; i < 6; i++) {
            strangerReply = login(stranger, "wrong password " + i);
        }
        assertThat(strangerReply.status()).isEqualTo(429);
    }

    private static Reply login(String email, String password) throws Exception {
        return post("/api/v1/auth/login", null, null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private static void tokens(Reply reply) {
        assertThat(reply.status()).as(reply.json().toString()).isIn(200, 201);
        access = reply.text("accessToken");
        refresh = reply.text("refreshToken");
        assertThat(access).isNotBlank();
        assertThat(refresh).isNotBlank();
    }

    private static JsonNode claims(String jwt) {
        return Gateway.parse(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String code() throws CodeGenerationException {
        long step = new SystemTimeProvider().getTime() / 30;
        return new DefaultCodeGenerator().generate(mfaSecret, step);
    }

    /** A code other than the last one used (a used code is refused within its time step). */
    private static String freshCode() throws Exception {
        String code = code();
        while (code.equals(lastCodeUsed)) {
            Thread.sleep(1000);
            code = code();
        }
        lastCodeUsed = code;
        return code;
    }
}

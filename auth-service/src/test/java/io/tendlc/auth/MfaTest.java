package io.tendlc.auth;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import io.tendlc.platform.test.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.tendlc.auth.AuthClient.PASSWORD;
import static io.tendlc.auth.AuthClient.json;
import static org.assertj.core.api.Assertions.assertThat;

@AuthServiceTest
class MfaTest {

    @LocalServerPort
    int port;

    Api api;
    AuthClient auth;
    AuthClient.Session user;
    /** Codes the service has seen: it refuses them for their whole window, so every call here needs a fresh one. */
    Set<String> used = new HashSet<>();

    @BeforeEach
    void user() {
        api = Api.at(port);
        auth = new AuthClient(api);
        user = auth.member(UUID.randomUUID(), "ADMIN");
    }

    @Test
    void enrolConfirmAndLogInWithACodeOrARecoveryCodeOnce() {
        Api.Reply enrollment = api.post("/api/v1/auth/mfa/enrollment", user.accessToken(), "");
        assertThat(enrollment.status()).isEqualTo(200);
        String secret = enrollment.text("secret");
        assertThat(enrollment.text("otpauthUri")).startsWith("otpauth://totp/").contains("secret=" + secret)
                .contains("issuer=TenDLC");
        assertThat(enrollment.text("qrCode")).startsWith("data:image/png;base64,");

        // not on until confirmed
        assertThat(auth.login(user.email(), PASSWORD).json().has("accessToken")).isTrue();
        assertThat(api.post("/api/v1/auth/mfa/enrollment/confirm", user.accessToken(), json("code", "000000")).text("type"))
                .endsWith("/invalid-code");
        Api.Reply confirmed = api.post("/api/v1/auth/mfa/enrollment/confirm", user.accessToken(),
                json("code", freshCode(secret)));
        assertThat(confirmed.status()).isEqualTo(200);
        List<String> recoveryCodes = strings(confirmed.json().path("recoveryCodes"));
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).json().path("mfaEnabled").asBoolean()).isTrue();

        // the password alone only opens the second step
        Api.Reply step1 = auth.login(user.email(), PASSWORD);
        assertThat(step1.status()).isEqualTo(200);
        assertThat(step1.json().path("mfaRequired").asBoolean()).isTrue();
        assertThat(step1.json().has("accessToken")).isFalse();
        String mfaToken = step1.text("mfaToken");

        String reused = used.iterator().next();
        Api.Reply replay = mfa(mfaToken, "code", reused);
        assertThat(replay.status()).as("a code works once").isEqualTo(401);
        assertThat(replay.text("type")).endsWith("/invalid-code");

        Api.Reply step2 = mfa(mfaToken, "code", freshCode(secret));
        assertThat(step2.status()).isEqualTo(200);
        assertThat(AuthClient.claims(step2.text("accessToken")).getSubject()).isEqualTo(user.userId().toString());
        assertThat(mfa(mfaToken, "code", freshCode(secret)).text("type")).as("the mfaToken works once")
                .endsWith("/invalid-mfa-token");

        String recovery = recoveryCodes.getFirst();
        assertThat(mfa(auth.login(user.email(), PASSWORD).text("mfaToken"), "recoveryCode", recovery).status())
                .isEqualTo(200);
        assertThat(mfa(auth.login(user.email(), PASSWORD).text("mfaToken"), "recoveryCode", recovery).status())
                .as("a recovery code works once").isEqualTo(401);
    }

    @Test
    void wrongCodesCountTowardTheLockout() {
        String secret = enable();
        String mfaToken = auth.login(user.email(), PASSWORD).text("mfaToken");
        for (int i = 0; i < 4; i++) {
            assertThat(mfa(mfaToken, "code", "00000" + i).status()).isEqualTo(401);
        }
        Api.Reply locked = mfa(mfaToken, "code", "000009");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.headers().getFirst("Retry-After")).isEqualTo("30");
        assertThat(mfa(mfaToken, "code", freshCode(secret)).status()).as("locked, even with the right code").isEqualTo(429);
        assertThat(auth.login(user.email(), PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void recoveryCodesCanBeReplacedAndTheFactorDisabled() {
        String secret = enable();

        Api.Reply regenerated = api.post("/api/v1/auth/mfa/recovery-codes", user.accessToken(), json("code", freshCode(secret)));
        assertThat(regenerated.status()).isEqualTo(200);
        assertThat(regenerated.json().path("recoveryCodes")).hasSize(10);
        assertThat(api.post("/api/v1/auth/mfa/enrollment", user.accessToken(), "").status())
                .as("one authenticator at a time").isEqualTo(409);

        assertThat(auth.deleteWithBody("/api/v1/auth/mfa", user.accessToken(), json("code", "123456")).status())
                .isEqualTo(400);
        assertThat(auth.deleteWithBody("/api/v1/auth/mfa", user.accessToken(), json("code", freshCode(secret))).status())
                .isEqualTo(204);
        assertThat(auth.login(user.email(), PASSWORD).json().has("accessToken")).isTrue();
        assertThat(auth.deleteWithBody("/api/v1/auth/mfa", user.accessToken(), json("code", "123456")).status())
                .as("off already").isEqualTo(409);
    }

    private String enable() {
        String secret = api.post("/api/v1/auth/mfa/enrollment", user.accessToken(), "").text("secret");
        assertThat(api.post("/api/v1/auth/mfa/enrollment/confirm", user.accessToken(), json("code", freshCode(secret)))
                .status()).isEqualTo(200);
        return secret;
    }

    private Api.Reply mfa(String mfaToken, String field, String code) {
        return api.post("/api/v1/auth/login/mfa", null, json("mfaToken", mfaToken, field, code));
    }

    /** A code the service accepts now (this step or a neighbour) that it has not seen yet. */
    private String freshCode(String secret) {
        long step = Instant.now().getEpochSecond() / 30;
        for (long s : new long[]{step, step + 1, step - 1}) {
            try {
                String code = new DefaultCodeGenerator().generate(secret, s);
                if (used.add(code)) {
                    return code;
                }
            } catch (CodeGenerationException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no unused code left in this window");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}

package io.tendlc.auth;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.CrossOrganizationTest;

import java.util.List;
import java.util.Map;

import static io.tendlc.auth.AuthClient.PASSWORD;
import static io.tendlc.auth.AuthClient.json;

/**
 * The victim is a real, verified OWNER with an API key; the intruder a real, verified OWNER of another
 * organization, signed in through auth-service itself. Routes about "my own account" answer about the intruder's
 * own account; none may reveal or change the victim's.
 */
@AuthServiceTest
class AuthCrossOrganizationTest extends CrossOrganizationTest {

    private AuthClient.Session victim;
    private AuthClient.Session intruder;
    private String victimKeyId;
    private String victimKeyPrefix;

    @Override
    protected String victim() {
        return victim.accessToken();
    }

    @Override
    protected String intruder() {
        return intruder.accessToken();
    }

    @Override
    protected void prepareVictim(Api api) {
        AuthClient auth = new AuthClient(api);
        victim = auth.member(victimOrganization, "OWNER");
        intruder = auth.member(intruderOrganization, "OWNER");
        Api.Reply key = api.post("/api/v1/api-keys", victim(), "{\"name\":\"victim's key\"}");
        victimKeyId = key.text("id");
        victimKeyPrefix = key.text("prefix");
    }

    @Override
    protected String victimState(Api api) {
        return api.get("/api/v1/api-keys", victim()).body()
                + api.get("/api/v1/auth/me", victim()).body()
                + new AuthClient(api).login(victim.email(), PASSWORD).status();
    }

    @Override
    protected List<Attack> attacks() {
        String[] markers = {String.valueOf(victimKeyId), String.valueOf(victimKeyPrefix), victimOrganization.toString(),
                victim == null ? "victim" : victim.email()};
        return List.of(
                Attack.seesOnlyItsOwn("GET /api/v1/api-keys", api -> api.get("/api/v1/api-keys", intruder()), markers),
                Attack.seesOnlyItsOwn("POST /api/v1/api-keys",
                        api -> api.post("/api/v1/api-keys", intruder(), "{\"name\":\"victim's key\"}"), markers),
                Attack.refused("DELETE /api/v1/api-keys/{id}",
                        api -> api.delete("/api/v1/api-keys/" + victimKeyId, intruder())),
                Attack.seesOnlyItsOwn("GET /api/v1/auth/me", api -> api.get("/api/v1/auth/me", intruder()), markers),
                Attack.refused("POST /api/v1/auth/switch-organization", api -> api.post(
                        "/api/v1/auth/switch-organization", intruder(), json("organizationId", victimOrganization.toString()))),
                Attack.seesOnlyItsOwn("POST /api/v1/auth/verify-email/resend",
                        api -> api.post("/api/v1/auth/verify-email/resend", intruder(), ""), markers),
                Attack.seesOnlyItsOwn("POST /api/v1/auth/mfa/enrollment",
                        api -> api.post("/api/v1/auth/mfa/enrollment", intruder(), ""), markers),
                ownAccountOnly("POST /api/v1/auth/mfa/enrollment/confirm",
                        api -> api.post("/api/v1/auth/mfa/enrollment/confirm", intruder(), json("code", "123456"))),
                ownAccountOnly("DELETE /api/v1/auth/mfa", api -> new AuthClient(api)
                        .deleteWithBody("/api/v1/auth/mfa", intruder(), json("code", "123456"))),
                ownAccountOnly("POST /api/v1/auth/mfa/recovery-codes",
                        api -> api.post("/api/v1/auth/mfa/recovery-codes", intruder(), json("code", "123456"))),
                // the victim's password is no use on the intruder's own account
                ownAccountOnly("POST /api/v1/auth/password", api -> api.post("/api/v1/auth/password", intruder(),
                        json("currentPassword", "not the intruder's", "newPassword", "taken over by the intruder"))));
    }

    @Override
    protected Map<String, String> routesWithoutOrganizationData() {
        String tokenBased = "public: acts only on the holder of a secret (password, refresh, MFA or mailed token)";
        return Map.of(
                "POST /api/v1/auth/signup", "public: creates a new account and organization, touches no other",
                "POST /api/v1/auth/login", tokenBased,
                "POST /api/v1/auth/login/mfa", tokenBased,
                "POST /api/v1/auth/refresh", tokenBased,
                "POST /api/v1/auth/logout", tokenBased,
                "POST /api/v1/auth/verify-email", tokenBased,
                "POST /api/v1/auth/password-reset", "public: answers 202 for every address, mails only its owner",
                "POST /api/v1/auth/password-reset/confirm", tokenBased,
                "GET /api/v1/auth/jwks", "public keys, the same for everyone");
    }

    /** A route about the caller's own account: refused, or answered about the intruder alone. */
    private Attack ownAccountOnly(String route, java.util.function.Function<Api, Api.Reply> request) {
        return new Attack(route, request, r -> r.status() / 100 == 4 && r.status() != 401
                && (r.body() == null || !r.body().contains(victim.email())));
    }
}

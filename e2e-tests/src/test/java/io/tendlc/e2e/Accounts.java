package io.tendlc.e2e;

import io.tendlc.e2e.Gateway.Reply;

import java.util.UUID;

import static io.tendlc.e2e.Gateway.post;
import static org.assertj.core.api.Assertions.assertThat;

/** New customers for a journey: signed up through the gateway, verified through the mail sink. */
final class Accounts {

    static final String PASSWORD = "correct horse battery";

    /** Signs up a new OWNER of a new organization, verifies the address, and returns a verified access token. */
    static String signUpVerified(String name, String organizationName) throws Exception {
        String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Reply signup = post("/api/v1/auth/signup", null, null, """
                {"email":"%s","password":"%s","name":"%s","organizationName":"%s"}"""
                .formatted(email, PASSWORD, name, organizationName));
        assertThat(signup.status()).as(signup.json().toString()).isEqualTo(201);
        String token = Mailbox.tokenFromMail(email, "/verify-email");
        assertThat(post("/api/v1/auth/verify-email", null, null, "{\"token\":\"" + token + "\"}").status()).isEqualTo(204);
        Reply refreshed = post("/api/v1/auth/refresh", null, null,
                "{\"refreshToken\":\"" + signup.text("refreshToken") + "\"}");
        assertThat(refreshed.status()).isEqualTo(200);
        return refreshed.text("accessToken");
    }

    private Accounts() {
    }
}

package io.tendlc.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.tendlc.platform.test.Api;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.text.ParseException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The calls a dashboard makes, for tests. */
record AuthClient(Api api) {

    static final String PASSWORD = "correct horse battery";

    static AuthClient at(int port) {
        return new AuthClient(Api.at(port));
    }

    /** Signs up a new owner of a new organization (email unverified). */
    Session signup() {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        Api.Reply reply = api.post("/api/v1/auth/signup", null, json("email", email, "password", PASSWORD,
                "name", "Olivia Owner", "organizationName", "Acme " + email));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return Session.of(email, reply);
    }

    /** A verified member of {@code organizationId}, created the way an accepted invitation creates one. */
    Session member(UUID organizationId, String role) {
        String email = "member-" + UUID.randomUUID() + "@example.com";
        Api.Reply created = api.post("/internal/accounts", null, json("email", email, "name", "Max Member",
                "password", PASSWORD, "organizationId", organizationId.toString(), "role", role));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return login(email);
    }

    Session login(String email) {
        Api.Reply reply = login(email, PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return Session.of(email, reply);
    }

    Api.Reply login(String email, String password) {
        return api.post("/api/v1/auth/login", null, json("email", email, "password", password));
    }

    Api.Reply refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", null, json("refreshToken", refreshToken));
    }

    /** DELETE with a JSON body, which {@link Api#delete} does not send. */
    Api.Reply deleteWithBody(String path, String bearer, String body) {
        return api.request(api.client().method(HttpMethod.DELETE).uri(path)
                .headers(h -> h.setBearerAuth(bearer)).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    /** A JSON object from alternating names and string values. */
    static String json(String... namesAndValues) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            sb.append(i == 0 ? "" : ",").append('"').append(namesAndValues[i]).append("\":\"")
                    .append(namesAndValues[i + 1].replace("\"", "\\\"")).append('"');
        }
        return sb.append('}').toString();
    }

    static JWTClaimsSet claims(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** A signed-in user: who, and the tokens of the last login or refresh. */
    record Session(String email, UUID userId, UUID organizationId, String accessToken, String refreshToken) {

        static Session of(String email, Api.Reply tokens) {
            JWTClaimsSet claims = AuthClient.claims(tokens.text("accessToken"));
            try {
                return new Session(email, UUID.fromString(claims.getSubject()),
                        UUID.fromString(claims.getStringClaim("org")), tokens.text("accessToken"),
                        tokens.text("refreshToken"));
            } catch (ParseException e) {
                throw new AssertionError(e);
            }
        }

        JWTClaimsSet claims() {
            return AuthClient.claims(accessToken);
        }
    }
}

package io.tendlc.users;

import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.ServiceSmokeTest;
import io.tendlc.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@UserServiceTest
class UserServiceSmokeTest extends ServiceSmokeTest {

    @Test
    void everyRouteHasAnOpenApiSummaryAndTheInvitationLinksArePublic() {
        Api api = Api.at(port);
        JsonNode paths = api.get("/v3/api-docs", null).json().path("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/organizations/current",
                "/api/v1/organizations/current/members/{userId}", "/api/v1/organizations/current/teams/{teamId}",
                "/api/v1/organizations/current/invitations", "/api/v1/invitations/accept", "/api/v1/users/me");
        paths.forEach(path -> path.forEach(operation -> {
            assertThat(operation.path("summary").asString()).as("summary of %s", operation).isNotBlank();
            assertThat(operation.path("tags")).as("tags of %s", operation).isNotEmpty();
        }));
        // no token needed: the answer is about the token, not about authentication
        Api.Reply lookup = api.post("/api/v1/invitations/lookup", null, "{\"token\":\"nope\"}");
        assertThat(lookup.status()).isEqualTo(400);
        assertThat(lookup.text("type")).isEqualTo("https://tendlc.io/problems/invalid-token");
    }

    @Test
    void wrongRoutesMethodsAndMediaTypesAreProblemDocuments() {
        Api api = Api.at(port);
        String token = TestTokens.user(UUID.randomUUID(), "OWNER");
        Api.Reply noRoute = api.get("/api/v1/organizations/elsewhere", token);
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.text("type")).isEqualTo("https://tendlc.io/problems/http-404");
        Api.Reply wrongMethod = api.post("/api/v1/users/me", token, "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.text("type")).isEqualTo("https://tendlc.io/problems/http-405");
        assertThat(wrongMethod.headers().getAllow()).isNotEmpty();
        Api.Reply notJson = api.request(api.client().post().uri("/api/v1/invitations/lookup")
                .contentType(MediaType.TEXT_PLAIN).body("token"));
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.text("type")).isEqualTo("https://tendlc.io/problems/http-415");
    }
}

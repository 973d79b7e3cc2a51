package io.tendlc.users.invitations;

import io.tendlc.platform.web.ApiProblem;
import io.tendlc.users.AuthServiceStub;
import io.tendlc.users.config.UsersProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP client of auth-service's /internal/accounts, against a real HTTP stub of it. */
class HttpAuthAccountsTest {

    final AuthServiceStub auth = AuthServiceStub.start();
    final UUID org = UUID.randomUUID();

    @AfterEach
    void stop() {
        auth.stop();
    }

    @Test
    void aNewAccountIsCreatedWithThePasswordAndAnExistingOneIsFound() {
        HttpAuthAccounts accounts = client(auth.url(), Duration.ofSeconds(5));
        AuthAccounts.LinkedAccount created = accounts.link(request("new@stub.test", "secret password"));
        assertThat(created.created()).isTrue();
        assertThat(auth.requests().getFirst().path("password").asString()).isEqualTo("secret password");
        assertThat(auth.requests().getFirst().path("organizationId").asString()).isEqualTo(org.toString());

        UUID known = auth.existingAccount("known@stub.test", UUID.randomUUID());
        assertThat(accounts.link(request("known@stub.test", null))).isEqualTo(new AuthAccounts.LinkedAccount(known, false));
    }

    @Test
    void authServicesRefusalIsPassedThrough() {
        assertThatThrownBy(() -> client(auth.url(), Duration.ofSeconds(5)).link(request("nopass@stub.test", null)))
                .isInstanceOfSatisfying(ApiProblem.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.type()).isEqualTo("password-required");
                    assertThat(e.title()).isEqualTo("Password required");
                });
        assertThat(auth.requests()).as("a refusal is not retried").hasSize(1);
    }

    @Test
    void transientFailuresAreRetried() {
        auth.failNext(2);
        assertThat(client(auth.url(), Duration.ofSeconds(5)).link(request("flaky@stub.test", "secret password")).created())
                .isTrue();
        assertThat(auth.requests()).hasSize(3);
    }

    @Test
    void aDownSlowOrAbsentAuthServiceIsA503() {
        auth.failNext(10);
        assertThat(typeOf(client(auth.url(), Duration.ofSeconds(5)))).isEqualTo("auth-unavailable");

        auth.failNext(0);
        auth.delay(Duration.ofSeconds(2));
        assertThat(typeOf(client(auth.url(), Duration.ofMillis(200)))).isEqualTo("auth-unavailable");

        AuthServiceStub gone = AuthServiceStub.start();
        String url = gone.url();
        gone.stop();
        assertThat(typeOf(client(url, Duration.ofSeconds(1)))).isEqualTo("auth-unavailable");
    }

    private String typeOf(HttpAuthAccounts accounts) {
        try {
            accounts.link(request("down@stub.test", "secret password"));
            return null;
        } catch (ApiProblem e) {
            assertThat(e.status().value()).isEqualTo(503);
            return e.type();
        }
    }

    private AuthAccounts.AccountRequest request(String email, String password) {
        return new AuthAccounts.AccountRequest(email, "Stub User", password, org, "AGENT");
    }

    private static HttpAuthAccounts client(String url, Duration readTimeout) {
        return new HttpAuthAccounts(RestClient.builder(),
                new UsersProperties(url, null, null, Duration.ofSeconds(1), readTimeout));
    }
}

package io.tendlc.auth;

import io.tendlc.auth.login.Hashes;
import io.tendlc.platform.test.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.UUID;

import static io.tendlc.auth.AuthClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

@AuthServiceTest
class LockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    StringRedisTemplate redis;

    AuthClient auth;

    @BeforeEach
    void client() {
        auth = AuthClient.at(port);
    }

    @Test
    void fiveFailuresLockAKnownAndAnUnknownAddressAlike() {
        String known = auth.member(UUID.randomUUID(), "OWNER").email();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

        Api.Reply knownLocked = failFiveTimes(known);
        Api.Reply unknownLocked = failFiveTimes(unknown);

        for (Api.Reply locked : new Api.Reply[]{knownLocked, unknownLocked}) {
            assertThat(locked.status()).isEqualTo(429);
            assertThat(locked.text("type")).isEqualTo("https://tendlc.io/problems/too-many-attempts");
            assertThat(locked.headers().getFirst("Retry-After")).isEqualTo("30");
        }
        assertThat(knownLocked.json()).isEqualTo(unknownLocked.json());
        // locked means locked: even the right password waits, and the address is the key, whatever its case
        Api.Reply right = auth.login(known.toUpperCase(), PASSWORD);
        assertThat(right.status()).isEqualTo(429);
        assertThat(Long.parseLong(right.headers().getFirst("Retry-After"))).isBetween(1L, 30L);
    }

    @Test
    void theLockDoublesWithEachFurtherFailureUpToFifteenMinutes() {
        String email = auth.member(UUID.randomUUID(), "OWNER").email();
        assertThat(failFiveTimes(email).headers().getFirst("Retry-After")).isEqualTo("30");

        for (String expected : new String[]{"60", "120", "240", "480", "900", "900"}) {
            lockExpires(email);
            Api.Reply again = auth.login(email, "wrong password");
            assertThat(again.status()).isEqualTo(429);
            assertThat(again.headers().getFirst("Retry-After")).isEqualTo(expected);
        }
    }

    @Test
    void aSuccessfulLoginStartsTheCountAfresh() {
        String email = auth.member(UUID.randomUUID(), "OWNER").email();
        for (int i = 0; i < 4; i++) {
            assertThat(auth.login(email, "wrong password").status()).isEqualTo(401);
        }
        assertThat(auth.login(email, PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(auth.login(email, "wrong password").status()).isEqualTo(401);
        }
        assertThat(auth.login(email, "wrong password").status()).isEqualTo(429);
    }

    private Api.Reply failFiveTimes(String email) {
        for (int i = 0; i < 4; i++) {
            Api.Reply failed = auth.login(email, "wrong password " + i);
            assertThat(failed.status()).isEqualTo(401);
        }
        return auth.login(email, "wrong password 5");
    }

    /** Time passes: the lock runs out (the failure count stays). */
    private void lockExpires(String email) {
        redis.delete("auth:login-lock:" + Hashes.sha256(email.toLowerCase()));
    }
}

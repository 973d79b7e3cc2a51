package io.tendlc.brand.tcr;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TcrSignatureTest {

    static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    final TcrSignature signature = new TcrSignature("s3cret", Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
    final byte[] body = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

    String header(long t, String secret) {
        return "t=" + t + ",v1=" + new TcrSignature(secret, Duration.ofMinutes(5), Clock.systemUTC())
                .sign(String.valueOf(t), body);
    }

    @Test
    void aFreshSignatureOfTheBodyIsAccepted() {
        long t = NOW.getEpochSecond();
        assertThat(signature.verify(header(t, "s3cret"), body)).isTrue();
        assertThat(signature.verify(header(t - 300, "s3cret"), body)).isTrue();
        assertThat(signature.verify(header(t + 300, "s3cret"), body)).isTrue();
        assertThat(signature.verify(" t=" + t + " , v1=" + signature.sign(String.valueOf(t), body).toUpperCase(), body))
                .isTrue();
    }

    @Test
    void anythingElseIsRefused() {
        long t = NOW.getEpochSecond();
        assertThat(signature.verify(header(t, "other"), body)).isFalse();
        assertThat(signature.verify(header(t - 301, "s3cret"), body)).isFalse();
        assertThat(signature.verify(header(t + 301, "s3cret"), body)).isFalse();
        assertThat(signature.verify(header(t, "s3cret"), "{\"eventId\":\"e2\"}".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(signature.verify(null, body)).isFalse();
        assertThat(signature.verify("", body)).isFalse();
        assertThat(signature.verify("t=abc,v1=00", body)).isFalse();
        assertThat(signature.verify("v1=" + signature.sign(String.valueOf(t), body), body)).isFalse();
        assertThat(signature.verify("t=" + t, body)).isFalse();
    }
}

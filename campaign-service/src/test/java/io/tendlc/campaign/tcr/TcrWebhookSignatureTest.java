package io.tendlc.campaign.tcr;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TcrWebhookSignatureTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final byte[] BODY = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);
    final TcrWebhookSignature signature = new TcrWebhookSignature("secret", Duration.ofMinutes(5),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFreshSignatureOfTheExactBodyVerifies() {
        assertThat(signature.verifies(signature.sign(BODY, NOW), BODY)).isTrue();
        assertThat(signature.verifies(signature.sign(BODY, NOW.minusSeconds(300)), BODY)).isTrue();
        assertThat(signature.verifies(signature.sign(BODY, NOW.plusSeconds(300)), BODY)).isTrue();
        assertThat(signature.verifies("t=1772359200,v1=" + independentMac("1772359200." + new String(BODY,
                StandardCharsets.UTF_8)), BODY)).isTrue();
        assertThat(signature.verifies("t=1772359200,v1=" + independentMac("1772359200." + new String(BODY,
                StandardCharsets.UTF_8)).toUpperCase(java.util.Locale.ROOT), BODY)).isTrue();
    }

    /** HMAC-SHA256("secret", t + "." + body) as TCR computes it, written out apart from the verifier. */
    static String independentMac(String data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec("secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anythingElseIsRefused() {
        String valid = signature.sign(BODY, NOW);
        assertThat(signature.verifies(signature.sign(BODY, NOW.minusSeconds(301)), BODY)).isFalse();
        assertThat(signature.verifies(signature.sign(BODY, NOW.plusSeconds(301)), BODY)).isFalse();
        assertThat(signature.verifies(valid, "{\"eventId\":\"e2\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(signature.verifies(new TcrWebhookSignature("other", Duration.ofMinutes(5),
                Clock.fixed(NOW, ZoneOffset.UTC)).sign(BODY, NOW), BODY)).isFalse();
        assertThat(signature.verifies(null, BODY)).isFalse();
        assertThat(signature.verifies("", BODY)).isFalse();
        assertThat(signature.verifies("t=1772359200", BODY)).isFalse();
        assertThat(signature.verifies("t=abc,v1=00", BODY)).isFalse();
        assertThat(signature.verifies(valid.replace("v1=", "v1=zz"), BODY)).isFalse();
        assertThat(signature.verifies(valid.substring(0, valid.length() - 2), BODY)).isFalse();
    }

    @Test
    void aRotatedHeaderWithSeveralMacsVerifiesIfOneMatches() {
        String valid = signature.sign(BODY, NOW);
        assertThat(signature.verifies(valid + ",v1=" + "00".repeat(32), BODY)).isTrue();
    }
}

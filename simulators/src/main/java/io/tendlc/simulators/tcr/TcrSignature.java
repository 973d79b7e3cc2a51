package io.tendlc.simulators.tcr;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Tcr-Signature: t=<epoch seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>}, the scheme the
 * platform's receivers verify (constant-time, refusing a timestamp more than 300 s away).
 */
final class TcrSignature {

    static final String HEADER = "X-Tcr-Signature";

    private final SecretKeySpec key;

    TcrSignature(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String header(long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + hmac(epochSeconds + "." + body);
    }

    String hmac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is unavailable", impossible);
        }
    }
}

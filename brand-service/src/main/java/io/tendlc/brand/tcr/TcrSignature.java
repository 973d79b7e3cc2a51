package io.tendlc.brand.tcr;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Checks TCR's {@code X-Tcr-Signature: t=<epoch seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}: the
 * signature must match (compared in constant time; any of several {@code v1} values, as during a key rotation) and
 * {@code t} must be within the tolerance of our clock, so a captured delivery cannot be replayed later.
 */
@Component
public class TcrSignature {

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    @Autowired
    TcrSignature(TcrProperties properties) {
        this(properties.webhookSecret(), properties.webhookTolerance(), Clock.systemUTC());
    }

    TcrSignature(String secret, Duration tolerance, Clock clock) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("brands.tcr.webhook-secret (TCR_WEBHOOK_SECRET) is required");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    public boolean verify(String header, byte[] body) {
        if (header == null || header.isBlank()) {
            return false;
        }
        String timestamp = null;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            switch (kv[0]) {
                case "t" -> timestamp = kv[1];
                case "v1" -> signatures.add(kv[1].toLowerCase());
                default -> { }
            }
        }
        if (timestamp == null || signatures.isEmpty() || !fresh(timestamp)) {
            return false;
        }
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        for (String candidate : signatures) {
            // no early exit: every candidate is compared, in constant time
            matched |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
        }
        return matched;
    }

    /** The hex HMAC of {@code timestamp + "." + body}. */
    public String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean fresh(String timestamp) {
        try {
            long signedAt = Long.parseLong(timestamp);
            return Math.abs(clock.instant().getEpochSecond() - signedAt) <= tolerance.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

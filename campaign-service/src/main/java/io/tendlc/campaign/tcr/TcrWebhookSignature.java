package io.tendlc.campaign.tcr;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Checks {@code X-Tcr-Signature: t=<epoch seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>}: the MAC is
 * compared in constant time, and a signature older or newer than the tolerance is refused so a captured webhook
 * cannot be replayed later.
 */
@Component
public class TcrWebhookSignature {

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    TcrWebhookSignature(TcrProperties properties) {
        this(properties.webhookSecret(), properties.webhookTolerance(), Clock.systemUTC());
    }

    TcrWebhookSignature(String secret, Duration tolerance, Clock clock) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("TCR_WEBHOOK_SECRET is required");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** Whether the header signs exactly this body, recently enough. */
    public boolean verifies(String header, byte[] body) {
        if (header == null || body == null) {
            return false;
        }
        String timestamp = null;
        java.util.List<String> macs = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            switch (kv[0].trim()) {
                case "t" -> timestamp = kv[1].trim();
                case "v1" -> macs.add(kv[1].trim());
                default -> { }
            }
        }
        if (timestamp == null || macs.isEmpty() || !recent(timestamp)) {
            return false;
        }
        byte[] expected = mac(timestamp, body);
        boolean matches = false;
        for (String mac : macs) {
            matches |= MessageDigest.isEqual(expected, decodeHex(mac));
        }
        return matches;
    }

    /** The header TCR would send for this body at this time (for tests and tools). */
    public String sign(byte[] body, Instant at) {
        String t = Long.toString(at.getEpochSecond());
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac(t, body));
    }

    private boolean recent(String timestamp) {
        try {
            Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return Duration.between(signedAt, clock.instant()).abs().compareTo(tolerance) <= 0;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return false;
        }
    }

    private byte[] mac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeHex(String hex) {
        try {
            return HexFormat.of().parseHex(hex.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}

package io.tendlc.auth.mfa;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;

/**
 * RFC 6238 time-based codes (SHA-1, 6 digits, 30 s — what every authenticator app speaks), accepting the
 * neighbouring time steps for clock drift. A code that worked once is refused for the rest of its window, so a
 * code seen over someone's shoulder cannot be replayed.
 */
@Component
class Totp {

    private static final int PERIOD = 30;
    /** ±1 step accepted: a code is good for up to three steps. */
    private static final Duration REPLAY_WINDOW = Duration.ofSeconds(PERIOD * 3L + 5);

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeVerifier verifier;
    private final StringRedisTemplate redis;
    private final MfaProperties properties;

    Totp(StringRedisTemplate redis, MfaProperties properties) {
        this.redis = redis;
        this.properties = properties;
        DefaultCodeVerifier v = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                new SystemTimeProvider());
        v.setTimePeriod(PERIOD);
        v.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = v;
    }

    String newSecret() {
        return secrets.generate();
    }

    String otpauthUri(String secret, String accountName) {
        return qrData(secret, accountName).getUri();
    }

    String qrCodeDataUri(String secret, String accountName) {
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(qrData(secret, accountName)), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code code} is current for the secret and was not used by this account within its window. */
    boolean accepts(UUID accountId, String secret, String code) {
        String normalized = code == null ? "" : code.replaceAll("\\s", "");
        if (!normalized.matches("\\d{6}") || !verifier.isValidCode(secret, normalized)) {
            return false;
        }
        return Boolean.TRUE.equals(redis.opsForValue()
                .setIfAbsent("auth:totp-used:" + accountId + ":" + normalized, "1", REPLAY_WINDOW));
    }

    private QrData qrData(String secret, String accountName) {
        return new QrData.Builder().label(accountName).secret(secret).issuer(properties.issuer())
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD).build();
    }
}

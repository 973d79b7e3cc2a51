package io.tendlc.auth.tokens;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Rotates the signing key every {@code auth.signing-key-rotation} and retires old keys once the longest-lived
 * token they could have signed has expired.
 */
@Component
class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final SigningKeys keys;
    private final AuthProperties properties;

    KeyRotation(SigningKeys keys, AuthProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${auth.signing-key-check:10m}", fixedDelayString = "${auth.signing-key-check:10m}")
    void rotateAndRetire() {
        if (keys.rotateIfDue(properties.signingKeyRotation(), properties.signingKeyPublishAhead())) {
            log.info("New signing key published; it signs from {} on", properties.signingKeyPublishAhead());
        }
        int retired = keys.retireStoppedBefore(Instant.now().minus(properties.longestSignedTokenLife()));
        if (retired > 0) {
            log.info("Retired {} signing key(s) whose tokens have all expired", retired);
        }
    }
}

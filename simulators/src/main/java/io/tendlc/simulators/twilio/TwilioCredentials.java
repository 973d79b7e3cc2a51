package io.tendlc.simulators.twilio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one account the simulator serves. No credentials are committed anywhere: when the environment
 * names none, random ones are made at start and only the SID is logged, so a token never reaches a log.
 */
record TwilioCredentials(String accountSid, String authToken) {

    private static final Logger log = LoggerFactory.getLogger(TwilioCredentials.class);

    static TwilioCredentials from(TwilioSimulatorProperties properties) {
        String sid = properties.accountSid();
        if (sid == null || sid.isBlank()) {
            sid = "AC" + randomHex();
        }
        String token = properties.authToken();
        if (token == null || token.isBlank()) {
            token = randomHex();
            log.info("Twilio simulator account {} with a generated auth token (set TWILIO_AUTH_TOKEN to choose it)", sid);
        } else {
            log.info("Twilio simulator account {}", sid);
        }
        return new TwilioCredentials(sid, token);
    }

    /** Checks an HTTP Basic {@code Authorization} header in constant time, as a secret comparison should. */
    boolean acceptsBasicAuth(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        byte[] expected = (accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, decoded);
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

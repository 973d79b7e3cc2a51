package io.tendlc.simulators.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's {@code X-Twilio-Signature}: Base64(HMAC-SHA1(auth token, URL + every POST parameter's name
 * and value, sorted by name)). A keyed prototype is cloned per signature because a Mac is not
 * thread-safe and keying a new one costs more than the clone.
 */
final class TwilioSignature {

    private static final String HMAC_SHA1 = "HmacSHA1";

    private final SecretKeySpec key;
    private final Mac prototype;

    TwilioSignature(String authToken) {
        this.key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1);
        this.prototype = newMac();
    }

    String sign(String url, SortedMap<String, String> params) {
        StringBuilder signed = new StringBuilder(url.length() + 64 * params.size()).append(url);
        for (Map.Entry<String, String> param : params.entrySet()) {
            signed.append(param.getKey()).append(param.getValue());
        }
        byte[] digest = mac().doFinal(signed.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException providerCannotClone) {
            return newMac();
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is required by every Java runtime", e);
        }
    }
}

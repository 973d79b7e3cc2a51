package io.tendlc.auth.mfa;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/** AES-256-GCM for TOTP secrets at rest: {@code v1:} + base64(nonce ‖ ciphertext ‖ tag). */
@Component
class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "v1:";

    private final SecretKeySpec key;

    SecretCipher(MfaProperties properties, JdbcClient jdbc) {
        this.key = new SecretKeySpec(keyBytes(properties, jdbc), "AES");
    }

    String encrypt(String plaintext) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("a TOTP secret cannot be decrypted (was auth.mfa.encryption-key changed?)", e);
        }
    }

    private static byte[] keyBytes(MfaProperties properties, JdbcClient jdbc) {
        if (properties.encryptionKey() != null && !properties.encryptionKey().isBlank()) {
            byte[] configured = Base64.getDecoder().decode(properties.encryptionKey().trim());
            if (configured.length != 32) {
                throw new IllegalStateException("auth.mfa.encryption-key must be base64 of 32 bytes");
            }
            return configured;
        }
        log.warn("MFA_ENCRYPTION_KEY is not set: TOTP secrets are encrypted with a key stored beside them "
                + "(fine for development, not for production)");
        byte[] generated = new byte[32];
        RANDOM.nextBytes(generated);
        jdbc.sql("insert into local_secret (name, value) values ('mfa-encryption-key', ?) on conflict (name) do nothing")
                .param(generated).update();
        return jdbc.sql("select value from local_secret where name = 'mfa-encryption-key'").query(byte[].class).single();
    }
}

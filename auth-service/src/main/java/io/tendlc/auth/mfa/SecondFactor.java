package io.tendlc.auth.mfa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An account's TOTP enrolment: pending (secret issued, not yet confirmed by a code), then enabled. Secrets are
 * stored encrypted.
 */
@Component
class SecondFactor {

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final Totp totp;
    private final RecoveryCodes recoveryCodes;

    SecondFactor(JdbcClient jdbc, SecretCipher cipher, Totp totp, RecoveryCodes recoveryCodes) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
    }

    /** A new secret awaiting confirmation (replaces an unconfirmed one). */
    String begin(UUID accountId) {
        String secret = totp.newSecret();
        jdbc.sql("""
                        insert into mfa_enrollment (account_id, pending_secret) values (?, ?)
                        on conflict (account_id) do update set pending_secret = excluded.pending_secret""")
                .params(accountId, cipher.encrypt(secret)).update();
        return secret;
    }

    /** Enables the pending secret if {@code code} matches it; returns the new recovery codes. */
    @Transactional
    Optional<List<String>> confirm(UUID accountId, String code) {
        Optional<String> pending = column(accountId, "pending_secret");
        if (pending.isEmpty() || !totp.accepts(accountId, pending.get(), code)) {
            return Optional.empty();
        }
        jdbc.sql("update mfa_enrollment set secret = pending_secret, pending_secret = null, enabled_at = now() where account_id = ?")
                .param(accountId).update();
        return Optional.of(recoveryCodes.replace(accountId));
    }

    boolean pending(UUID accountId) {
        return column(accountId, "pending_secret").isPresent();
    }

    /** Checks a TOTP code, or spends a recovery code, against the enabled factor. */
    boolean accepts(UUID accountId, String code, String recoveryCode) {
        if (code != null && !code.isBlank()) {
            return column(accountId, "secret").map(secret -> totp.accepts(accountId, secret, code)).orElse(false);
        }
        return recoveryCode != null && !recoveryCode.isBlank() && recoveryCodes.use(accountId, recoveryCode);
    }

    /** A new set of recovery codes; the old ones stop working. */
    @Transactional
    List<String> recoveryCodes(UUID accountId) {
        return recoveryCodes.replace(accountId);
    }

    @Transactional
    void disable(UUID accountId) {
        recoveryCodes.delete(accountId);
        jdbc.sql("delete from mfa_enrollment where account_id = ?").param(accountId).update();
    }

    private Optional<String> column(UUID accountId, String column) {
        return jdbc.sql("select " + column + " from mfa_enrollment where account_id = ?").param(accountId)
                .query(String.class).optional().filter(v -> v != null).map(cipher::decrypt);
    }
}

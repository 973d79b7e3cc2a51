package io.tendlc.auth.mfa;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import io.tendlc.auth.login.Hashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Ten single-use codes for a lost authenticator, shown once and stored as hashes (they are random: SHA-256). */
@Component
class RecoveryCodes {

    static final int COUNT = 10;

    private final RecoveryCodeGenerator generator = new RecoveryCodeGenerator();
    private final JdbcClient jdbc;

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh set; the previous one stops working. */
    List<String> replace(UUID accountId) {
        delete(accountId);
        List<String> codes = List.of(generator.generateCodes(COUNT));
        codes.forEach(code -> jdbc.sql("insert into mfa_recovery_code (account_id, code_hash) values (?, ?)")
                .params(accountId, hash(code)).update());
        return codes;
    }

    /** Spends the code; false if it is unknown or spent. */
    boolean use(UUID accountId, String code) {
        return jdbc.sql("update mfa_recovery_code set used_at = now() where account_id = ? and code_hash = ? and used_at is null")
                .params(accountId, hash(code)).update() == 1;
    }

    void delete(UUID accountId) {
        jdbc.sql("delete from mfa_recovery_code where account_id = ?").param(accountId).update();
    }

    private static String hash(String code) {
        return Hashes.sha256(code.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", ""));
    }
}

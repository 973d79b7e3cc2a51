package io.tendlc.notification.mail;

import io.tendlc.events.Uuids;
import io.tendlc.platform.privacy.Pii;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What was mailed to whom, for support and audit: never the link or its token, and the recipient only masked
 * and hashed.
 */
@Component
class MailLog {

    enum Status { SENT, FAILED, EXPIRED }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    MailLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** In the caller's transaction: the row commits with the event being marked processed. */
    void record(OutgoingMail mail, Status status) {
        insert(mail, status, null);
    }

    /**
     * In a transaction of its own: for one of several mails of an event, whose later failure rolls the event back
     * for a retry, while this mail must stay known as sent.
     */
    void recordNow(OutgoingMail mail, Status status) {
        ownTransaction.executeWithoutResult(tx -> insert(mail, status, null));
    }

    /** Whether this mail of this event already went to this address. */
    boolean wasSent(OutgoingMail mail) {
        return jdbc.sql("""
                        select exists (select 1 from mail_log where event_id = ? and template = ? and recipient_hash = ?
                                       and status = 'sent')""")
                .params(mail.eventId(), mail.template().fileName(), hash(mail.recipient()))
                .query(Boolean.class).single();
    }

    /** In a transaction of its own, so the row survives the rollback that makes the event come back for a retry. */
    void recordFailure(OutgoingMail mail, String failure) {
        ownTransaction.executeWithoutResult(tx -> insert(mail, Status.FAILED, failure));
    }

    private void insert(OutgoingMail mail, Status status, String failure) {
        jdbc.sql("""
                        insert into mail_log (id, event_id, organization_id, user_id, template, recipient_masked,
                                              recipient_hash, status, failure)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Uuids.timeOrdered(), mail.eventId(), mail.organizationId(), mail.userId(),
                        mail.template().fileName(), Pii.maskEmail(mail.recipient()), hash(mail.recipient()),
                        status.name().toLowerCase(Locale.ROOT), failure)
                .update();
    }

    /** SHA-256 of the trimmed, lower-cased address, hex. */
    static String hash(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

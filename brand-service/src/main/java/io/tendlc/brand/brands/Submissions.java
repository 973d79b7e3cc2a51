package io.tendlc.brand.brands;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Calls to TCR still owed, one row per brand and operation, written in the transaction of the change that needs
 * them: a request that reaches TCR removes its row; one that cannot leaves it for {@link SubmissionJob}.
 */
@Component
class Submissions {

    /** An owed call the job has claimed. */
    record Due(UUID brandId, Operation operation, int attempts) {
    }

    private static final String ORDER = """
            case operation when 'REGISTER' then 0 when 'UPDATE' then 1 when 'REVET' then 2 when 'VETTING' then 3
                           else 4 end""";

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the call as owed (again); the job leaves it alone until {@code notBefore}. */
    void owe(UUID brandId, Operation operation, Instant notBefore) {
        jdbc.sql("""
                        insert into tcr_submission (brand_id, operation, next_attempt_at) values (?, ?, ?)
                        on conflict (brand_id, operation) do update set next_attempt_at = excluded.next_attempt_at,
                            requested_at = now()""")
                .params(brandId, operation.name(), Timestamp.from(notBefore)).update();
    }

    void done(UUID brandId, Operation operation) {
        jdbc.sql("delete from tcr_submission where brand_id = ? and operation = ?").params(brandId, operation.name())
                .update();
    }

    void doneAll(UUID brandId) {
        jdbc.sql("delete from tcr_submission where brand_id = ?").param(brandId).update();
    }

    boolean owes(UUID brandId, Operation operation) {
        return jdbc.sql("select count(*) from tcr_submission where brand_id = ? and operation = ?")
                .params(brandId, operation.name()).query(Long.class).single() > 0;
    }

    /** The call failed for now: counted, with the error, and due again at {@code next}. Returns the attempts so far. */
    int failed(UUID brandId, Operation operation, String error, java.util.function.IntFunction<Instant> next) {
        Integer attempts = jdbc.sql("""
                        update tcr_submission set attempts = attempts + 1, last_error = ?
                        where brand_id = ? and operation = ? returning attempts""")
                .params(error, brandId, operation.name()).query(Integer.class).optional().orElse(null);
        if (attempts == null) {
            return 0;
        }
        jdbc.sql("update tcr_submission set next_attempt_at = ? where brand_id = ? and operation = ?")
                .params(Timestamp.from(next.apply(attempts)), brandId, operation.name()).update();
        return attempts;
    }

    /** Gives claimed calls back, due at {@code at} (the job stopped early: TCR is down). */
    void release(List<Due> claimed, Instant at) {
        claimed.forEach(d -> jdbc.sql("update tcr_submission set next_attempt_at = ? where brand_id = ? and operation = ?")
                .params(Timestamp.from(at), d.brandId(), d.operation().name()).update());
    }

    /**
     * Claims owed calls that are due, each brand's first one only (a brand's calls are made in order), and hides them
     * from other claimers until {@code claimedUntil}. Call in a transaction.
     */
    List<Due> claimDue(Instant now, Instant claimedUntil, int limit) {
        List<Due> due = jdbc.sql("""
                        select s.brand_id, s.operation, s.attempts from tcr_submission s
                        where s.next_attempt_at <= ?
                          and not exists (select 1 from tcr_submission o where o.brand_id = s.brand_id
                                          and (%s) < (%s))
                        order by s.next_attempt_at
                        limit ?
                        for update skip locked""".formatted(ORDER.replace("operation", "o.operation"),
                        ORDER.replace("operation", "s.operation")))
                .params(Timestamp.from(now), limit)
                .query((rs, i) -> new Due(rs.getObject(1, UUID.class), Operation.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
        due.forEach(d -> jdbc.sql("update tcr_submission set next_attempt_at = ? where brand_id = ? and operation = ?")
                .params(Timestamp.from(claimedUntil), d.brandId(), d.operation().name()).update());
        return due;
    }
}

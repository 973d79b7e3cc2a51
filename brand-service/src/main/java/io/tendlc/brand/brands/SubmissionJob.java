package io.tendlc.brand.brands;

import io.tendlc.brand.config.BrandsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

/**
 * Makes the TCR calls still owed (TCR was down, or the service stopped mid-request), each brand's in order, with
 * exponential backoff between attempts. Replicas share the work: claimed calls are hidden from other claimers.
 */
@Component
class SubmissionJob {

    private static final Logger log = LoggerFactory.getLogger(SubmissionJob.class);
    private static final int BATCH = 50;

    private final Submissions submissions;
    private final TcrSubmitter submitter;
    private final TransactionTemplate tx;
    private final BrandsProperties.Sync sync;

    SubmissionJob(Submissions submissions, TcrSubmitter submitter, TransactionTemplate tx, BrandsProperties properties) {
        this.submissions = submissions;
        this.submitter = submitter;
        this.tx = tx;
        this.sync = properties.sync();
    }

    @Scheduled(fixedDelayString = "${brands.sync.interval:10s}", initialDelayString = "${brands.sync.interval:10s}")
    void run() {
        List<Submissions.Due> due;
        do {
            Instant now = Instant.now();
            due = tx.execute(s -> submissions.claimDue(now, now.plus(sync.inFlightGrace()), BATCH));
            if (due == null || due.isEmpty()) {
                return;
            }
            for (int i = 0; i < due.size(); i++) {
                Submissions.Due d = due.get(i);
                try {
                    switch (submitter.attempt(d.brandId(), d.operation())) {
                        case TcrSubmitter.Outcome.Refused refused ->
                                submitter.refusedLater(d.brandId(), d.operation(), refused.rejection());
                        case TcrSubmitter.Outcome.Unavailable unavailable -> {
                            log.info("TCR still unavailable for {} of brand {} (attempt {}): {}", d.operation(),
                                    d.brandId(), d.attempts() + 1, unavailable.reason());
                            // TCR is down: the rest waits for the next attempt, not for the claim to lapse
                            List<Submissions.Due> rest = due.subList(i + 1, due.size());
                            tx.executeWithoutResult(s -> submissions.release(rest,
                                    Instant.now().plus(sync.backoff(1))));
                            return;
                        }
                        default -> { }
                    }
                } catch (RuntimeException e) {
                    log.warn("Submitting {} of brand {} failed: {}", d.operation(), d.brandId(), e.toString());
                }
            }
        } while (due.size() == BATCH);
    }
}

package io.tendlc.campaign.campaigns;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How campaigns TCR could not take yet are sent again.
 *
 * @param interval       how often the job looks for due campaigns
 * @param initialBackoff wait after the first failure; doubles per failure up to {@code maxBackoff}
 * @param lease          how long a campaign being sent is left alone by other attempts
 */
@ConfigurationProperties("campaigns.submission")
public record SubmissionProperties(Duration interval, Duration initialBackoff, Duration maxBackoff, Duration lease) {

    public SubmissionProperties {
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(5) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
    }

    Duration backoff(int attempts) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}

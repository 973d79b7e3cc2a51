package io.tendlc.simulators.tcr;

import java.util.concurrent.atomic.LongAdder;

/** Counters for {@code GET /sim/tcr/stats}. */
final class TcrStats {

    final LongAdder brandsCreated = new LongAdder();
    final LongAdder campaignsCreated = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder unauthorized = new LongAdder();
    final LongAdder webhooksSent = new LongAdder();
    final LongAdder webhooksFailed = new LongAdder();
    final LongAdder webhooksRetried = new LongAdder();
    final LongAdder webhooksDuplicated = new LongAdder();
    final LongAdder webhooksUnsubscribed = new LongAdder();

    Snapshot snapshot(int brands, int campaigns, int pendingWebhooks) {
        return new Snapshot(brands, campaigns, brandsCreated.sum(), campaignsCreated.sum(), rejected.sum(),
                unauthorized.sum(), webhooksSent.sum(), webhooksFailed.sum(), webhooksRetried.sum(),
                webhooksDuplicated.sum(), webhooksUnsubscribed.sum(), pendingWebhooks);
    }

    /**
     * @param brands               brands stored now (deleted ones excluded)
     * @param campaigns            campaigns stored now (deactivated ones included, as EXPIRED)
     * @param rejected             API calls answered 400
     * @param webhooksSent         deliveries a receiver answered 2xx (a duplicate counts twice)
     * @param webhooksFailed       deliveries given up after every attempt
     * @param webhooksDuplicated   extra deliveries of an event made on purpose ({@code duplicateRate})
     * @param webhooksUnsubscribed events not delivered because nobody subscribed their category
     */
    record Snapshot(int brands, int campaigns, long brandsCreated, long campaignsCreated, long rejected,
                    long unauthorized, long webhooksSent, long webhooksFailed, long webhooksRetried,
                    long webhooksDuplicated, long webhooksUnsubscribed, int pendingWebhooks) {
    }
}

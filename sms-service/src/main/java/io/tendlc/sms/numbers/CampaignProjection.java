package io.tendlc.sms.numbers;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.registry.CampaignChanged;
import io.tendlc.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Follows campaign-service's campaigns. The send path reads the status at once: a campaign that stops being
 * approved (suspended, expired, deleted) stops its numbers sending, though they stay assigned to it. A campaign
 * that becomes approved gets the numbers whose assignment failed for want of approval.
 */
@Component
class CampaignProjection {

    private final InboundEvents inbound;
    private final Campaigns campaigns;
    private final PhoneNumbers numbers;
    private final NumberSync sync;

    CampaignProjection(InboundEvents inbound, Campaigns campaigns, PhoneNumbers numbers, NumberSync sync) {
        this.inbound = inbound;
        this.campaigns = campaigns;
        this.numbers = numbers;
        this.sync = sync;
    }

    /** Batch, like the send listener: one listener style per service keeps its Kafka metrics in one shape. */
    @KafkaListener(id = "sms-campaigns", topics = Topics.CAMPAIGNS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbound.handleBatch("sms.campaigns", records, events -> events.forEach(this::apply));
    }

    private void apply(EventEnvelope<?> event) {
        if (!(event.payload() instanceof CampaignChanged change)) {
            return;
        }
        campaigns.apply(change, change.changedAt() == null ? event.occurredAt() : change.changedAt())
                .filter(previous -> Campaigns.APPROVED.equals(change.status()) && !Campaigns.APPROVED.equals(previous))
                .ifPresent(previous -> {
                    if (numbers.retryFailedAssignments(change.campaignId()) > 0) {
                        sync.wakeUpAfterCommit();
                    }
                });
    }
}

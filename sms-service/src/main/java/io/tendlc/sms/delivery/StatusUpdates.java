package io.tendlc.sms.delivery;

import io.tendlc.platform.events.EventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Applies a provider's status report: forward moves only, each announced once. */
@Service
public class StatusUpdates {

    private final Messages messages;
    private final EventPublisher events;
    private final CarrierOptOuts carrierOptOuts;

    StatusUpdates(Messages messages, EventPublisher events, CarrierOptOuts carrierOptOuts) {
        this.messages = messages;
        this.events = events;
        this.carrierOptOuts = carrierOptOuts;
    }

    @Transactional
    public void apply(String providerSid, MessageStatus status, Integer errorCode, Instant at) {
        Optional<Message> advanced = messages.advance(providerSid, status, errorCode, at);
        if (advanced.isPresent()) {
            announce(advanced.get());
        } else if (!messages.hasProviderSid(providerSid)) {
            // Twilio called back before the dispatch that created this message recorded its sid
            messages.keepEarlyStatus(providerSid, status, errorCode);
        }
    }

    /** In the dispatch transaction that records new sids: applies the callbacks that beat it here. */
    public void applyEarlyStatuses(List<String> providerSids, Instant at) {
        for (Messages.EarlyStatus early : messages.takeEarlyStatuses(providerSids)) {
            messages.advance(early.providerSid(), early.status(), early.errorCode(), at).ifPresent(this::announce);
        }
    }

    private void announce(Message m) {
        carrierOptOuts.recordIfUnsubscribed(m);
        m.status().event().ifPresent(type -> events.publish(type, m.organizationId(), m.id().toString(), m.statusChanged()));
    }
}

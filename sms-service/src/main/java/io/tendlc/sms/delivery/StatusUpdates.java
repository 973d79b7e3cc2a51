package io.tendlc.sms.delivery;

import io.tendlc.platform.events.EventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/** Applies a provider's status report: forward moves only, each announced once. */
@Service
public class StatusUpdates {

    private final Messages messages;
    private final EventPublisher events;

    StatusUpdates(Messages messages, EventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    public void apply(String providerSid, MessageStatus status, Integer errorCode, Instant at) {
        messages.advance(providerSid, status, errorCode, at).ifPresent(m -> m.status().event()
                .ifPresent(type -> events.publish(type, m.organizationId(), m.id().toString(), m.statusChanged())));
    }
}

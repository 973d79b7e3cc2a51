package io.tendlc.auth.accounts;

import io.tendlc.auth.tokens.Revocations;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows user-service's memberships. A role change or a removal also revokes the member's access tokens in that
 * organization at once (the gateway refuses them), so the next token, from a refresh, carries the new role — or
 * none: a refresh for an organization the user left fails.
 */
@Component
class MembershipProjection {

    private final InboundEvents inbound;
    private final Memberships memberships;
    private final Revocations revocations;

    MembershipProjection(InboundEvents inbound, Memberships memberships, Revocations revocations) {
        this.inbound = inbound;
        this.memberships = memberships;
        this.revocations = revocations;
    }

    @KafkaListener(id = "auth-memberships", topics = Topics.MEMBERSHIPS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.handle("auth.memberships", record, this::apply);
    }

    private void apply(EventEnvelope<?> event) {
        if (!(event.payload() instanceof MembershipChanged change)) {
            return; // invitations travel on this topic too
        }
        boolean changed = memberships.apply(event.type(), change, event.occurredAt());
        boolean created = EventTypes.MEMBERSHIP_CREATED.name().equals(event.type());
        if (changed && !created) {
            revocations.subject(change.organizationId(), change.userId().toString());
        }
    }
}

package io.tendlc.notification.members;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde.MalformedEventException;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.events.identity.UserUpdated;
import io.tendlc.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows user-service's memberships (who is an OWNER or ADMIN of which organization) and the members' addresses.
 * Invitations travel on the membership topic too, and most user events say nothing about addresses: ignored.
 */
@Component
class MemberProjection {

    private final InboundEvents inbound;
    private final OrganizationMembers members;

    MemberProjection(InboundEvents inbound, OrganizationMembers members) {
        this.inbound = inbound;
        this.members = members;
    }

    @KafkaListener(id = "notification-members", topics = {Topics.MEMBERSHIPS, Topics.USERS})
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.handle("notification.members", record, this::apply);
    }

    private void apply(EventEnvelope<?> event) {
        switch (event.payload()) {
            case MembershipChanged change -> {
                if (change.organizationId() == null || change.userId() == null || blank(change.email())
                        || blank(change.role())) {
                    throw new MalformedEventException(event.type() + " event " + event.id()
                            + " lacks the organization, user, address or role", null);
                }
                members.apply(event.type(), change, event.occurredAt());
            }
            case UserUpdated user when user.userId() != null && !blank(user.email()) ->
                    members.addressChanged(user.userId(), user.email(), event.occurredAt());
            default -> { }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

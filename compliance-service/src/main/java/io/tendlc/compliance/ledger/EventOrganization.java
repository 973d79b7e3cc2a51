package io.tendlc.compliance.ledger;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde.MalformedEventException;

import java.util.UUID;

/** Whose chain an event belongs to: the one organization its envelope and payload name. */
public final class EventOrganization {

    /**
     * The organization named by the payload or the envelope; an event naming none, or two different ones, is poison
     * (dead-lettered, never recorded in anybody's chain).
     */
    public static UUID of(EventEnvelope<?> event, UUID payloadOrganization) {
        UUID organization = payloadOrganization != null ? payloadOrganization : event.organizationId();
        if (organization == null || (event.organizationId() != null && !organization.equals(event.organizationId()))) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no single organization", null);
        }
        return organization;
    }

    private EventOrganization() {
    }
}

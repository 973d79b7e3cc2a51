package io.tendlc.contact.audit;

import io.tendlc.events.EventTypes;
import io.tendlc.events.contacts.AuditRecorded;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.security.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/**
 * Administrative changes (custom field definitions, lists, segments, contact deletions) for the platform's audit log:
 * an {@code audit.recorded} event in the transaction of the change, keyed by organization.
 */
@Component
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventPublisher events;

    AuditTrail(EventPublisher events) {
        this.events = events;
    }

    /** {@code before} and {@code after} are written as JSON; null when the thing was created or deleted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Caller caller, String action, String resourceType, String resourceId, Object before,
                       Object after) {
        events.publish(EventTypes.AUDIT_RECORDED, caller.organizationId(), caller.organizationId().toString(),
                new AuditRecorded(caller.organizationId(), caller.subject(), action, resourceType, resourceId,
                        json(before), json(after), Instant.now()));
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }
}

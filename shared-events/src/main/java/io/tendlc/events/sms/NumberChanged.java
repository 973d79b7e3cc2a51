package io.tendlc.events.sms;

import java.util.UUID;

/**
 * A sender number of an organization (sms-service): {@code number.purchased|assigned|assignment_failed|unassigned|released}.
 * {@code status}: UNASSIGNED, PENDING_ASSIGNMENT, ASSIGNED, FAILED_ASSIGNMENT, RELEASED.
 */
public record NumberChanged(UUID numberId, UUID organizationId, String e164, UUID campaignId, String status,
                            String reason) {
}

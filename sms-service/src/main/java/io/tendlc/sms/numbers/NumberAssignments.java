package io.tendlc.sms.numbers;

import io.tendlc.events.EventTypes;
import io.tendlc.platform.events.EventPublisher;

import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Assigning numbers to 10DLC campaigns. The request is stored (PENDING_ASSIGNMENT) and answered at once;
 * {@link NumberSync} then checks the campaign and does the Twilio side, ending ASSIGNED or FAILED_ASSIGNMENT.
 */
@Service
class NumberAssignments {

    private final PhoneNumbers numbers;
    private final Campaigns campaigns;
    private final NumberSync sync;
    private final EventPublisher events;

    NumberAssignments(PhoneNumbers numbers, Campaigns campaigns, NumberSync sync, EventPublisher events) {
        this.numbers = numbers;
        this.campaigns = campaigns;
        this.sync = sync;
        this.events = events;
    }

    @Transactional
    PhoneNumber assign(UUID organizationId, UUID id, UUID campaignId) {
        PhoneNumber number = current(organizationId, id);
        campaigns.find(campaignId).filter(c -> !c.organizationId().equals(organizationId)).ifPresent(c -> {
            throw ApiProblem.notFound("Campaign " + campaignId);
        });
        if (campaignId.equals(number.campaignId())
                && (number.status() == NumberStatus.ASSIGNED || number.status() == NumberStatus.PENDING_ASSIGNMENT)) {
            return number; // asked again: nothing new to do
        }
        PhoneNumber pending = numbers.change(organizationId, id, NumberStatus.PENDING_ASSIGNMENT, campaignId)
                .orElseThrow(() -> ApiProblem.notFound("Number " + id));
        sync.wakeUpAfterCommit();
        return pending;
    }

    /** Out of its campaign (and the campaign's Messaging Service, right after): the number can no longer send. */
    @Transactional
    PhoneNumber unassign(UUID organizationId, UUID id) {
        PhoneNumber number = current(organizationId, id);
        if (number.status() == NumberStatus.UNASSIGNED) {
            return number;
        }
        PhoneNumber unassigned = numbers.change(organizationId, id, NumberStatus.UNASSIGNED, null)
                .orElseThrow(() -> ApiProblem.notFound("Number " + id));
        events.publish(EventTypes.NUMBER_UNASSIGNED, organizationId, id.toString(), unassigned.changed());
        sync.wakeUpAfterCommit();
        return unassigned;
    }

    private PhoneNumber current(UUID organizationId, UUID id) {
        PhoneNumber number = numbers.find(organizationId, id).orElseThrow(() -> ApiProblem.notFound("Number " + id));
        if (number.status() == NumberStatus.RELEASED) {
            throw new ApiProblem(HttpStatus.CONFLICT, "number-released", "Number released",
                    "This number has been released; buy a number to assign it.");
        }
        return number;
    }
}

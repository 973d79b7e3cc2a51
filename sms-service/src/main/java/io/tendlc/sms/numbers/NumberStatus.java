package io.tendlc.sms.numbers;

/**
 * Where a number stands. A number sends only when ASSIGNED to a campaign that is APPROVED; Twilio refuses
 * anything else with error 30034.
 */
enum NumberStatus {
    /** Being bought: reserved here, the Twilio purchase not yet confirmed. Not shown through the API. */
    PURCHASING,
    UNASSIGNED,
    /** Stored; the campaign check and the Twilio Messaging Service step are still to come. */
    PENDING_ASSIGNMENT,
    ASSIGNED,
    FAILED_ASSIGNMENT,
    RELEASED
}

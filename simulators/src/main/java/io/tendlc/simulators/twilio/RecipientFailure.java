package io.tendlc.simulators.twilio;

/**
 * How messages to a matching recipient end: {@code undelivered} (the carrier took it, the handset never
 * got it) or {@code failed} (never left Twilio), with the Twilio error code the callback carries.
 */
public record RecipientFailure(String status, int errorCode) {

    public RecipientFailure {
        if (!"undelivered".equals(status) && !"failed".equals(status)) {
            throw new IllegalArgumentException("status must be undelivered or failed, was " + status);
        }
        if (errorCode <= 0) {
            throw new IllegalArgumentException("errorCode must be a Twilio error code, was " + errorCode);
        }
    }

    MessageStatus messageStatus() {
        return "failed".equals(status) ? MessageStatus.FAILED : MessageStatus.UNDELIVERED;
    }
}

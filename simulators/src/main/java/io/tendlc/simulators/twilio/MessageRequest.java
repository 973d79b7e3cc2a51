package io.tendlc.simulators.twilio;

/** The form fields of a Twilio create-message call that the simulator uses; the others are ignored. */
record MessageRequest(String to, String from, String messagingServiceSid, String body, String statusCallback) {

    static MessageRequest of(String to, String from, String messagingServiceSid, String body, String statusCallback) {
        return new MessageRequest(blankToNull(to), blankToNull(from), blankToNull(messagingServiceSid), body,
                blankToNull(statusCallback));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package io.tendlc.simulators.twilio;

import java.util.Locale;

/** The Twilio message statuses the simulator produces, written as Twilio writes them. */
enum MessageStatus {
    ACCEPTED, QUEUED, SENT, DELIVERED, UNDELIVERED, FAILED, RECEIVED;

    private final String wireValue = name().toLowerCase(Locale.ROOT);

    String wireValue() {
        return wireValue;
    }
}

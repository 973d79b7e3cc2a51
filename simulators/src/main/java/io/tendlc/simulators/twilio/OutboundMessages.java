package io.tendlc.simulators.twilio;

import java.time.Instant;

/** What Twilio does with a create-message call, minus the carriers: check, store, start the lifecycle. */
final class OutboundMessages {

    private final TwilioCredentials credentials;
    private final KnobsHolder knobs;
    private final ApiFaults faults;
    private final MessageStore store;
    private final StatusCallbackDispatcher dispatcher;
    private final SimulatorStats stats;

    OutboundMessages(TwilioCredentials credentials, KnobsHolder knobs, ApiFaults faults, MessageStore store,
                     StatusCallbackDispatcher dispatcher, SimulatorStats stats) {
        this.credentials = credentials;
        this.knobs = knobs;
        this.faults = faults;
        this.store = store;
        this.dispatcher = dispatcher;
        this.stats = stats;
    }

    SimMessage create(MessageRequest request) throws InterruptedException {
        SimulatorKnobs current = knobs.get();
        faults.check(current);
        if (current.createLatencyMs() > 0) {
            // requests run on virtual threads, so a sleeping request holds no platform thread
            Thread.sleep(current.createLatencyMs());
        }
        try {
            MessageRequestValidator.validate(request);
        } catch (TwilioApiException rejected) {
            stats.rejected.increment();
            throw rejected;
        }
        SimMessage message = SimMessage.outbound(Sids.newSid("SM"), credentials.accountSid(), request, Instant.now());
        store.add(message);
        dispatcher.track(message);
        stats.created.increment();
        return message;
    }

    SimMessage find(String sid, String path) {
        SimMessage message = store.find(sid);
        if (message == null) {
            throw notFound(path);
        }
        return message;
    }

    /** HTTP Basic with this account's SID and token, on a path naming this account. */
    void authenticate(String pathAccountSid, String authorization, String path) {
        if (!credentials.acceptsBasicAuth(authorization)) {
            stats.unauthorized.increment();
            throw new TwilioApiException(401, 20003, "Authenticate");
        }
        if (!credentials.accountSid().equals(pathAccountSid)) {
            throw notFound(path);
        }
    }

    private static TwilioApiException notFound(String path) {
        return new TwilioApiException(404, 20404, "The requested resource " + path + " was not found");
    }
}

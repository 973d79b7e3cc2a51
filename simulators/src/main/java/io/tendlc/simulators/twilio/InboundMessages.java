package io.tendlc.simulators.twilio;

import java.io.IOException;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;

/** Plays a handset texting one of the platform's numbers: Twilio's inbound SMS webhook, signed. */
final class InboundMessages {

    private final TwilioCredentials credentials;
    private final MessageStore store;
    private final WebhookPoster poster;
    private final SimulatorStats stats;
    private final String defaultWebhookUrl;

    InboundMessages(TwilioCredentials credentials, MessageStore store, WebhookPoster poster, SimulatorStats stats,
                    String defaultWebhookUrl) {
        this.credentials = credentials;
        this.store = store;
        this.poster = poster;
        this.stats = stats;
        this.defaultWebhookUrl = defaultWebhookUrl;
    }

    /** @param from the handset, @param to the platform's number */
    record InboundRequest(String from, String to, String body, String webhookUrl) {
    }

    /** @param platformStatus what the webhook answered, null when it could not be reached */
    record InboundResult(String sid, String webhookUrl, Integer platformStatus, String error) {
    }

    InboundResult deliver(InboundRequest request) throws InterruptedException {
        String url = request.webhookUrl() == null || request.webhookUrl().isBlank()
                ? defaultWebhookUrl : request.webhookUrl();
        SimMessage message = SimMessage.inbound(Sids.newSid("SM"), credentials.accountSid(), request.from(),
                request.to(), request.body(), Instant.now());
        store.add(message);
        try {
            int status = poster.post(url, form(message), Sids.newSid(""));
            stats.inboundPosted.increment();
            return new InboundResult(message.sid(), url, status, null);
        } catch (IOException e) {
            stats.inboundFailed.increment();
            return new InboundResult(message.sid(), url, null, e.toString());
        }
    }

    private static SortedMap<String, String> form(SimMessage message) {
        SortedMap<String, String> form = new TreeMap<>();
        form.put("MessageSid", message.sid());
        form.put("SmsSid", message.sid());
        form.put("SmsMessageSid", message.sid());
        form.put("AccountSid", message.accountSid());
        form.put("From", message.from());
        form.put("To", message.to());
        form.put("Body", message.body());
        form.put("NumSegments", Integer.toString(message.numSegments()));
        form.put("NumMedia", "0");
        form.put("SmsStatus", MessageStatus.RECEIVED.wireValue());
        form.put("ApiVersion", TwilioMessageJson.API_VERSION);
        // Twilio adds where the numbers are registered; a simulator knows no more than the country code
        form.put("FromCountry", country(message.from()));
        form.put("FromState", "");
        form.put("FromCity", "");
        form.put("FromZip", "");
        form.put("ToCountry", country(message.to()));
        form.put("ToState", "");
        form.put("ToCity", "");
        form.put("ToZip", "");
        return form;
    }

    private static String country(String number) {
        return number.startsWith("+1") ? "US" : "";
    }
}

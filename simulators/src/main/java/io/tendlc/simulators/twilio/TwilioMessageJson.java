package io.tendlc.simulators.twilio;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Twilio's Message resource as the 2010-04-01 API writes it (snake_case, counts as strings). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record TwilioMessageJson(
        String sid,
        String accountSid,
        String to,
        String from,
        String messagingServiceSid,
        String body,
        String status,
        String numSegments,
        String numMedia,
        String direction,
        String apiVersion,
        String dateCreated,
        String dateUpdated,
        String dateSent,
        String price,
        String priceUnit,
        Integer errorCode,
        String errorMessage,
        String uri,
        Map<String, String> subresourceUris) {

    static final String API_VERSION = "2010-04-01";

    /** RFC 2822 with a numeric zone ("+0000"), as Twilio writes dates and twilio-java parses them. */
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    static TwilioMessageJson of(SimMessage message) {
        String uri = "/" + API_VERSION + "/Accounts/" + message.accountSid() + "/Messages/" + message.sid();
        return new TwilioMessageJson(
                message.sid(),
                message.accountSid(),
                message.to(),
                message.from(),
                message.messagingServiceSid(),
                message.body(),
                message.status().wireValue(),
                Integer.toString(message.numSegments()),
                "0",
                message.direction(),
                API_VERSION,
                rfc2822(message.dateCreated()),
                rfc2822(message.dateUpdated()),
                rfc2822(message.dateSent()),
                null,
                "USD",
                message.errorCode(),
                null,
                uri + ".json",
                Map.of("media", uri + "/Media.json"));
    }

    static String rfc2822(Instant instant) {
        return instant == null ? null : RFC_2822.format(instant);
    }
}

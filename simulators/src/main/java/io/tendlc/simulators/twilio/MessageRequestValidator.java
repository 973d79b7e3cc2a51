package io.tendlc.simulators.twilio;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rejects a create-message call with the error code Twilio gives, including Twilio's magic test numbers,
 * so the platform's error handling can be exercised without a real account.
 */
final class MessageRequestValidator {

    static final int MAX_BODY_CHARACTERS = 1600;

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

    /** Twilio's test recipients (documented for test credentials) and the errors they always produce. */
    private static final Map<String, TwilioApiException> MAGIC_RECIPIENTS = Map.of(
            "+15005550001", invalidTo("+15005550001"),
            "+15005550002", TwilioApiException.badRequest(21612,
                    "The 'To' phone number: +15005550002, is not currently reachable using the 'From' phone number via SMS."),
            "+15005550003", TwilioApiException.badRequest(21408,
                    "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: +15005550003."),
            "+15005550004", TwilioApiException.badRequest(21610, "Attempt to send to unsubscribed recipient"),
            "+15005550009", TwilioApiException.badRequest(21614, "'To' number is not a valid mobile number"));

    private MessageRequestValidator() {
    }

    static void validate(MessageRequest request) {
        String to = request.to();
        if (to == null || !E164.matcher(to).matches()) {
            throw invalidTo(to);
        }
        if (request.from() == null && request.messagingServiceSid() == null) {
            throw TwilioApiException.badRequest(21603, "A 'From' phone number is required.");
        }
        String body = request.body();
        if (body == null || body.isEmpty()) {
            throw TwilioApiException.badRequest(21602, "Message body is required.");
        }
        if (body.length() > MAX_BODY_CHARACTERS && body.codePointCount(0, body.length()) > MAX_BODY_CHARACTERS) {
            throw TwilioApiException.badRequest(21617,
                    "The concatenated message body exceeds the " + MAX_BODY_CHARACTERS + " character limit.");
        }
        if (request.statusCallback() != null && !isHttpUrl(request.statusCallback())) {
            throw TwilioApiException.badRequest(21609,
                    "The StatusCallback URL " + request.statusCallback() + " is not a valid URL.");
        }
        TwilioApiException magic = MAGIC_RECIPIENTS.get(to);
        if (magic != null) {
            throw magic;
        }
    }

    static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static TwilioApiException invalidTo(String to) {
        return TwilioApiException.badRequest(21211, "The 'To' number " + to + " is not a valid phone number.");
    }
}

package io.tendlc.simulators.twilio;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A Twilio API error answer. Built without a stack trace: under a fault test thousands are thrown a
 * second, and they are answers, not bugs.
 */
final class TwilioApiException extends RuntimeException {

    private final int httpStatus;
    private final int code;

    TwilioApiException(int httpStatus, int code, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    static TwilioApiException badRequest(int code, String message) {
        return new TwilioApiException(400, code, message);
    }

    int httpStatus() {
        return httpStatus;
    }

    int code() {
        return code;
    }

    TwilioError toError() {
        return new TwilioError(code, getMessage(), "https://www.twilio.com/docs/errors/" + code, httpStatus);
    }

    /** Twilio's error body, which twilio-java turns into an {@code ApiException}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TwilioError(int code, String message, String moreInfo, int status) {
    }
}

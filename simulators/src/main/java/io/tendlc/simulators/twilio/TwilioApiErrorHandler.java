package io.tendlc.simulators.twilio;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers Twilio API errors in Twilio's shape rather than as Spring problem details. */
@RestControllerAdvice(assignableTypes = {MessagesController.class, PhoneNumbersController.class,
        MessagingServicesController.class})
class TwilioApiErrorHandler {

    @ExceptionHandler
    ResponseEntity<TwilioApiException.TwilioError> handle(TwilioApiException error) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(error.httpStatus());
        if (error.httpStatus() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Twilio API\"");
        }
        return response.body(error.toError());
    }
}

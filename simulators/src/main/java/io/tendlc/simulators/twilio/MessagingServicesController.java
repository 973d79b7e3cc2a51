package io.tendlc.simulators.twilio;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Messaging Service's sender pool (messaging.twilio.com/v1), where a 10DLC number joins its campaign's
 * service. Every well-formed MG… sid names a service: the simulator does not model creating them.
 */
@RestController
@RequestMapping("/v1/Services/{serviceSid}/PhoneNumbers")
class MessagingServicesController {

    private static final Pattern SERVICE_SID = Pattern.compile("MG[0-9a-f]{32}");

    private final ApiAuthentication auth;
    private final IncomingNumbers numbers;

    MessagingServicesController(ApiAuthentication auth, IncomingNumbers numbers) {
        this.auth = auth;
        this.numbers = numbers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PhoneNumberJson.ServicePhoneNumber add(@PathVariable String serviceSid,
                                           @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                           @RequestParam(name = "PhoneNumberSid", required = false) String phoneNumberSid,
                                           HttpServletRequest http) {
        checkService(serviceSid, authorization, http);
        if (phoneNumberSid == null || phoneNumberSid.isBlank()) {
            throw TwilioApiException.badRequest(20001, "Missing required parameter PhoneNumberSid in the post body");
        }
        return PhoneNumberJson.ServicePhoneNumber.of(numbers.addToService(serviceSid, phoneNumberSid.trim()));
    }

    @GetMapping("/{sid}")
    PhoneNumberJson.ServicePhoneNumber fetch(@PathVariable String serviceSid, @PathVariable String sid,
                                             @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                             HttpServletRequest http) {
        checkService(serviceSid, authorization, http);
        return numbers.inService(serviceSid, sid).map(PhoneNumberJson.ServicePhoneNumber::of)
                .orElseThrow(() -> ApiAuthentication.notFound(http.getRequestURI()));
    }

    @DeleteMapping("/{sid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String serviceSid, @PathVariable String sid,
                @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                HttpServletRequest http) {
        checkService(serviceSid, authorization, http);
        if (!numbers.removeFromService(serviceSid, sid)) {
            throw ApiAuthentication.notFound(http.getRequestURI());
        }
    }

    private void checkService(String serviceSid, String authorization, HttpServletRequest http) {
        auth.check(authorization);
        if (!SERVICE_SID.matcher(serviceSid).matches()) {
            throw ApiAuthentication.notFound(http.getRequestURI());
        }
    }
}

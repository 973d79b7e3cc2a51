package io.tendlc.simulators.twilio;

import java.util.List;
import java.util.Map;

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

/** Twilio's phone-number APIs (2010-04-01): searching the numbers for sale, buying, fetching and releasing. */
@RestController
@RequestMapping("/2010-04-01/Accounts/{accountSid}")
class PhoneNumbersController {

    private static final int MAX_PAGE_SIZE = 1000;

    private final ApiAuthentication auth;
    private final IncomingNumbers numbers;

    PhoneNumbersController(ApiAuthentication auth, IncomingNumbers numbers) {
        this.auth = auth;
        this.numbers = numbers;
    }

    @GetMapping("/AvailablePhoneNumbers/{countryCode}/Local.json")
    Map<String, Object> available(@PathVariable String accountSid, @PathVariable String countryCode,
                                  @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @RequestParam(name = "AreaCode", required = false) String areaCode,
                                  @RequestParam(name = "Contains", required = false) String contains,
                                  @RequestParam(name = "PageSize", defaultValue = "50") int pageSize,
                                  HttpServletRequest http) {
        auth.check(accountSid, authorization, http.getRequestURI());
        if (!"US".equals(countryCode)) {
            throw ApiAuthentication.notFound(http.getRequestURI()); // the simulator sells US numbers only
        }
        int size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
        List<PhoneNumberJson.AvailableNumber> found = AvailableNumbers.search(areaCode, contains, size, numbers::owns)
                .stream().map(PhoneNumberJson.AvailableNumber::of).toList();
        return PhoneNumberJson.page("available_phone_numbers", found, uri(http), size);
    }

    @PostMapping("/IncomingPhoneNumbers.json")
    @ResponseStatus(HttpStatus.CREATED)
    PhoneNumberJson.IncomingNumber buy(@PathVariable String accountSid,
                                       @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                       @RequestParam(name = "PhoneNumber", required = false) String phoneNumber,
                                       @RequestParam(name = "AreaCode", required = false) String areaCode,
                                       HttpServletRequest http) {
        auth.check(accountSid, authorization, http.getRequestURI());
        if (phoneNumber != null && !phoneNumber.isBlank()) {
            return PhoneNumberJson.IncomingNumber.of(numbers.buy(phoneNumber.trim()));
        }
        if (areaCode != null && !areaCode.isBlank()) {
            return PhoneNumberJson.IncomingNumber.of(numbers.buyInAreaCode(areaCode.trim()));
        }
        throw TwilioApiException.badRequest(21421, "PhoneNumber or AreaCode is required");
    }

    @GetMapping("/IncomingPhoneNumbers.json")
    Map<String, Object> list(@PathVariable String accountSid,
                             @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                             @RequestParam(name = "PhoneNumber", required = false) String phoneNumber,
                             @RequestParam(name = "PageSize", defaultValue = "50") int pageSize,
                             HttpServletRequest http) {
        auth.check(accountSid, authorization, http.getRequestURI());
        int size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
        List<PhoneNumberJson.IncomingNumber> owned = numbers.list(phoneNumber == null ? null : phoneNumber.trim())
                .stream().limit(size).map(PhoneNumberJson.IncomingNumber::of).toList();
        return PhoneNumberJson.page("incoming_phone_numbers", owned, uri(http), size);
    }

    @GetMapping("/IncomingPhoneNumbers/{sid}.json")
    PhoneNumberJson.IncomingNumber fetch(@PathVariable String accountSid, @PathVariable String sid,
                                         @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                         HttpServletRequest http) {
        auth.check(accountSid, authorization, http.getRequestURI());
        return numbers.find(sid).map(PhoneNumberJson.IncomingNumber::of)
                .orElseThrow(() -> ApiAuthentication.notFound(http.getRequestURI()));
    }

    @DeleteMapping("/IncomingPhoneNumbers/{sid}.json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable String accountSid, @PathVariable String sid,
                 @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                 HttpServletRequest http) {
        auth.check(accountSid, authorization, http.getRequestURI());
        if (!numbers.release(sid)) {
            throw ApiAuthentication.notFound(http.getRequestURI());
        }
    }

    private static String uri(HttpServletRequest http) {
        return http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
    }
}

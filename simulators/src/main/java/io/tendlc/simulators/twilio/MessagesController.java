package io.tendlc.simulators.twilio;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Twilio's Messages API (2010-04-01), as much of it as the platform uses. */
@RestController
@RequestMapping("/2010-04-01/Accounts/{accountSid}")
class MessagesController {

    private final OutboundMessages messages;

    MessagesController(OutboundMessages messages) {
        this.messages = messages;
    }

    @PostMapping("/Messages.json")
    @ResponseStatus(HttpStatus.CREATED)
    TwilioMessageJson create(@PathVariable String accountSid,
                             @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                             @RequestParam(name = "To", required = false) String to,
                             @RequestParam(name = "From", required = false) String from,
                             @RequestParam(name = "MessagingServiceSid", required = false) String messagingServiceSid,
                             @RequestParam(name = "Body", required = false) String body,
                             @RequestParam(name = "StatusCallback", required = false) String statusCallback,
                             HttpServletRequest http) throws InterruptedException {
        messages.authenticate(accountSid, authorization, http.getRequestURI());
        MessageRequest request = MessageRequest.of(to, from, messagingServiceSid, body, statusCallback);
        return TwilioMessageJson.of(messages.create(request));
    }

    @GetMapping("/Messages/{sid}.json")
    TwilioMessageJson fetch(@PathVariable String accountSid, @PathVariable String sid,
                            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                            HttpServletRequest http) {
        messages.authenticate(accountSid, authorization, http.getRequestURI());
        return TwilioMessageJson.of(messages.find(sid, http.getRequestURI()));
    }
}

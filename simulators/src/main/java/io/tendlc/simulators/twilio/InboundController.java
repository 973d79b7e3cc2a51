package io.tendlc.simulators.twilio;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Test hook, not a Twilio API: {@code POST /sim/twilio/inbound} makes the simulator post an inbound SMS
 * webhook and waits for the platform's answer, so a test sees at once whether it was accepted.
 */
@RestController
@RequestMapping("/sim/twilio")
class InboundController {

    private final InboundMessages inbound;

    InboundController(InboundMessages inbound) {
        this.inbound = inbound;
    }

    @PostMapping("/inbound")
    ResponseEntity<InboundMessages.InboundResult> receive(@RequestBody InboundMessages.InboundRequest request)
            throws InterruptedException {
        requireText(request.from(), "from");
        requireText(request.to(), "to");
        requireText(request.body(), "body");
        if (request.webhookUrl() != null && !MessageRequestValidator.isHttpUrl(request.webhookUrl())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "webhookUrl must be an http(s) URL");
        }
        InboundMessages.InboundResult result = inbound.deliver(request);
        HttpStatus status = result.platformStatus() != null ? HttpStatus.ACCEPTED : HttpStatus.BAD_GATEWAY;
        return ResponseEntity.status(status).body(result);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field + " is required");
        }
    }
}

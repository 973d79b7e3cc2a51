package io.tendlc.sms.callbacks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.sms.delivery.MessageStatus;
import io.tendlc.sms.delivery.StatusUpdates;
import io.tendlc.sms.delivery.TwilioWebhookPaths;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Twilio's delivery reports. Public route: trust comes from the X-Twilio-Signature, checked before anything
 * else. Repeats and late arrivals are answered 200 and change nothing.
 */
@RestController
@Tag(name = "Twilio webhooks", description = "Called by Twilio; trusted by their X-Twilio-Signature")
class TwilioStatusCallbackController {

    private final TwilioSignatures signatures;
    private final StatusUpdates updates;

    TwilioStatusCallbackController(TwilioSignatures signatures, StatusUpdates updates) {
        this.signatures = signatures;
        this.updates = updates;
    }

    @Operation(summary = "Twilio's message status callback (public, signed)")
    @PostMapping(path = TwilioWebhookPaths.STATUS, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(HttpServletRequest request, @RequestParam MultiValueMap<String, String> form,
                                @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
        signatures.verify(request, form, signature);
        String sid = form.getFirst("MessageSid");
        String status = form.getFirst("MessageStatus");
        if (sid != null && status != null) {
            MessageStatus.fromTwilio(status).ifPresent(s -> updates.apply(sid, s, errorCode(form.getFirst("ErrorCode")),
                    Instant.now()));
        }
        return ResponseEntity.ok().build();
    }

    private static Integer errorCode(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

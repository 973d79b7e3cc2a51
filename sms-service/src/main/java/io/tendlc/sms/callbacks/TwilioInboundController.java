package io.tendlc.sms.callbacks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.web.ApiProblem;
import io.tendlc.sms.delivery.TwilioWebhookPaths;
import io.tendlc.sms.inbound.InboundSms;
import io.tendlc.sms.inbound.InboundTexts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SMS texted to the platform's numbers (Twilio's "A message comes in" webhook). Public route: trust comes from the
 * X-Twilio-Signature, checked before anything else. Answered with empty TwiML: keyword answers go out through the
 * send path (stored, retried, tracked), not as TwiML Twilio would send unseen.
 */
@RestController
@Tag(name = "Twilio webhooks", description = "Called by Twilio; trusted by their X-Twilio-Signature")
class TwilioInboundController {

    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final TwilioSignatures signatures;
    private final InboundTexts texts;

    TwilioInboundController(TwilioSignatures signatures, InboundTexts texts) {
        this.signatures = signatures;
        this.texts = texts;
    }

    @Operation(summary = "Twilio's inbound SMS webhook (public, signed): opt-out, HELP and opt-in keywords; empty TwiML")
    @PostMapping(path = TwilioWebhookPaths.INBOUND, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> inbound(HttpServletRequest request, @RequestParam MultiValueMap<String, String> form,
                                   @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
        signatures.verify(request, form, signature);
        String sid = form.getFirst("MessageSid");
        String from = form.getFirst("From");
        String to = form.getFirst("To");
        if (isBlank(sid) || isBlank(from) || isBlank(to)) {
            throw ApiProblem.badRequest("invalid-webhook", "MessageSid, From and To are required.");
        }
        String body = form.getFirst("Body");
        texts.receive(new InboundSms(sid.strip(), from.strip(), to.strip(), body == null ? "" : body));
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package io.tendlc.brand.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.brand.tcr.TcrSignature;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * TCR's BRAND and VETTING webhooks (public route: the signature is the authentication). A delivery is answered 200
 * once stored, whatever it did to the brand (a duplicate or stale one included), so TCR stops retrying it; a
 * forged, unsigned or stale-signed one gets 403.
 */
@RestController
@Tag(name = "TCR webhooks", description = "Brand identity and vetting updates from The Campaign Registry")
class TcrWebhookController {

    private final TcrSignature signature;
    private final TcrWebhooks webhooks;

    TcrWebhookController(TcrSignature signature, TcrWebhooks webhooks) {
        this.signature = signature;
        this.webhooks = webhooks;
    }

    @PostMapping("/webhooks/tcr/brands")
    @Operation(summary = "Receive a TCR brand or vetting webhook (X-Tcr-Signature: t=<epoch s>,v1=<hex HMAC-SHA256>)")
    Map<String, String> receive(@RequestHeader(name = "X-Tcr-Signature", required = false) String signed,
                                @RequestBody(required = false) byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!signature.verify(signed, raw)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "invalid-signature", "Invalid signature",
                    "The X-Tcr-Signature header is missing, does not match the body, or is too old.");
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        JsonNode json = Json.read(text);
        if (json == null) {
            throw ApiProblem.badRequest("malformed-request", "A TCR webhook body is a JSON object.");
        }
        TcrWebhookEvent event = TcrWebhookEvent.from(json, Instant.now());
        if (event.eventId() == null) {
            throw ApiProblem.badRequest("validation", "eventId: must not be blank");
        }
        TcrWebhooks.Outcome outcome = webhooks.receive(event, text);
        return Map.of("eventId", event.eventId(), "outcome", outcome.name());
    }
}

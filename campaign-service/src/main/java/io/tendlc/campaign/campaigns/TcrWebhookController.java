package io.tendlc.campaign.campaigns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.campaign.tcr.TcrWebhookSignature;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/**
 * TCR's CAMPAIGN webhooks (campaign and MNO review events). A public route: trust comes from X-Tcr-Signature,
 * checked over the raw body before anything else. Repeats and late arrivals are answered 200 and change nothing.
 */
@RestController
@Tag(name = "TCR webhooks", description = "Campaign events from The Campaign Registry (signed)")
class TcrWebhookController {

    static final String PATH = "/webhooks/tcr/campaigns";

    private final TcrWebhookSignature signature;
    private final CarrierReviews reviews;
    private final JsonMapper json;

    TcrWebhookController(TcrWebhookSignature signature, CarrierReviews reviews, JsonMapper json) {
        this.signature = signature;
        this.reviews = reviews;
        this.json = json;
    }

    @PostMapping(PATH)
    @Operation(summary = "Receive a TCR campaign webhook (X-Tcr-Signature: t=<epoch s>,v1=<hex HMAC-SHA256>)")
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Tcr-Signature", required = false) String header,
                                 @RequestBody(required = false) byte[] body) {
        if (!signature.verifies(header, body)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "invalid-signature", "Invalid signature",
                    "The X-Tcr-Signature header does not sign this body, or it is too old.");
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("malformed-webhook", "The webhook body is not JSON.");
        }
        if (!node.isObject()) {
            throw ApiProblem.badRequest("malformed-webhook", "The webhook body is not a JSON object.");
        }
        reviews.receive(TcrWebhookEvent.parse(node, body, Instant.now()), TcrWebhookEvent.utf8(body));
        return ResponseEntity.ok().build();
    }
}

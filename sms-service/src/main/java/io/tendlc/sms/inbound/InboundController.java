package io.tendlc.sms.inbound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@Validated
@Tag(name = "Messages", description = "Send SMS and follow their delivery (messages:send, messages:read)")
class InboundController {

    private final InboundMessages inbound;

    InboundController(InboundMessages inbound) {
        this.inbound = inbound;
    }

    @GetMapping("/api/v1/messages/inbound")
    @Operation(summary = "SMS texted to the organization's numbers, newest first, with the keyword each was taken as "
            + "(intent OPT_OUT, HELP, OPT_IN or MESSAGE)")
    List<InboundView> recent(Caller caller, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        caller.require(Permissions.MESSAGES_READ);
        return inbound.recent(caller.organizationId(), limit).stream().map(InboundView::of).toList();
    }

    record InboundView(UUID id, String from, String to, String body, String intent, String keyword, UUID campaignId,
                       String providerSid, Instant receivedAt) {
        static InboundView of(InboundMessage m) {
            return new InboundView(m.id(), m.from(), m.to(), m.body(), m.intent().name(), m.keyword(), m.campaignId(),
                    m.providerSid(), m.receivedAt());
        }
    }
}

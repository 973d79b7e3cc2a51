package io.tendlc.sms.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@Validated
@RequestMapping("/api/v1/messages")
@Tag(name = "Messages", description = "Send SMS and follow their delivery (messages:send, messages:read)")
class MessageController {

    static final String E164 = "^\\+[1-9]\\d{7,14}$";

    private final MessageAcceptance acceptance;
    private final Messages messages;

    MessageController(MessageAcceptance acceptance, Messages messages) {
        this.acceptance = acceptance;
        this.messages = messages;
    }

    /** Accepted, not sent: the message is durable and on the send topic; its status tells the rest. */
    @PostMapping
    @Operation(summary = "Send an SMS from a number assigned to an approved 10DLC campaign: 202, then delivery statuses; "
            + "422 recipient-opted-out when the recipient opted out of the number's brand")
    ResponseEntity<MessageView> send(Caller caller, @Valid @RequestBody SendRequest request) {
        caller.require(Permissions.MESSAGES_SEND);
        Message message = acceptance.accept(caller.organizationId(), request.from(), request.to(), request.body());
        return ResponseEntity.accepted().location(URI.create("/api/v1/messages/" + message.id()))
                .body(MessageView.of(message));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One message and its delivery status")
    MessageView get(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.MESSAGES_READ);
        return messages.find(caller.organizationId(), id).map(MessageView::of)
                .orElseThrow(() -> ApiProblem.notFound("Message " + id));
    }

    @GetMapping
    @Operation(summary = "The organization's most recent messages")
    List<MessageView> recent(Caller caller, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        caller.require(Permissions.MESSAGES_READ);
        return messages.recent(caller.organizationId(), limit).stream().map(MessageView::of).toList();
    }

    record SendRequest(
            @NotNull @Pattern(regexp = E164, message = "must be an E.164 number such as +15551234567") String to,
            @NotNull @Pattern(regexp = E164, message = "must be an E.164 number such as +15551234567") String from,
            @NotBlank @Size(max = 1600, message = "must be at most 1600 characters") String body) {
    }

    /** {@code system}: a keyword answer (HELP, opt-out or opt-in confirmation) the platform sent by itself. */
    record MessageView(UUID id, String from, String to, String body, String status, int segments, String encoding,
                       Integer errorCode, Instant createdAt, Instant updatedAt, boolean system) {
        static MessageView of(Message m) {
            return new MessageView(m.id(), m.from(), m.to(), m.body(), m.status().wireName(), m.segments(),
                    m.encoding(), m.errorCode(), m.createdAt(), m.updatedAt(), m.system());
        }
    }
}

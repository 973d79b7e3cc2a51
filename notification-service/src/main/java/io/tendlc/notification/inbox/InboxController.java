package io.tendlc.notification.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The organization's in-app notifications (brands and campaigns approved, rejected, suspended). They belong to the
 * organization; whether one is read belongs to each user, so marking needs a signed-in user, not an API key.
 */
@RestController
@Validated
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "In-app notifications of the organization, read state per user")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "The newest notifications and how many the caller has not read",
            description = "Newest first. Needs notifications:read.")
    NotificationList list(Caller caller,
                          @Parameter(description = "how many to return, 1-100")
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        caller.require(Permissions.NOTIFICATIONS_READ);
        UUID reader = caller.isApiKey() ? null : caller.userId();
        return new NotificationList(inbox.unread(caller.organizationId(), reader),
                inbox.newest(caller.organizationId(), reader, limit));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one notification read for the signed-in user",
            description = "204; marking it again changes nothing. 404 for a notification that is not the "
                    + "organization's; 403 user-required for an API key.")
    ResponseEntity<Void> markRead(Caller caller, @PathVariable UUID id) {
        UUID reader = caller.userId();
        caller.require(Permissions.NOTIFICATIONS_READ);
        inbox.markRead(caller.organizationId(), reader, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark every notification of the organization read for the signed-in user",
            description = "204. 403 user-required for an API key.")
    ResponseEntity<Void> markAllRead(Caller caller) {
        UUID reader = caller.userId();
        caller.require(Permissions.NOTIFICATIONS_READ);
        inbox.markAllRead(caller.organizationId(), reader);
        return ResponseEntity.noContent().build();
    }

    @Schema(description = "The newest notifications and the caller's unread count (over all, not only these)")
    record NotificationList(int unread, List<Inbox.Notification> items) {
    }
}

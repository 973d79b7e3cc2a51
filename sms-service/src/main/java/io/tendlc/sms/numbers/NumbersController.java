package io.tendlc.sms.numbers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import io.tendlc.sms.twilio.TwilioNumbers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@Validated
@RequestMapping("/api/v1/numbers")
@Tag(name = "Numbers", description = "Sender numbers and their 10DLC campaigns (numbers:read, numbers:write)")
class NumbersController {

    static final String US_E164 = "^\\+1[2-9]\\d{9}$";

    private final PhoneNumbers numbers;
    private final NumberPurchases purchases;
    private final NumberAssignments assignments;

    NumbersController(PhoneNumbers numbers, NumberPurchases purchases, NumberAssignments assignments) {
        this.numbers = numbers;
        this.purchases = purchases;
        this.assignments = assignments;
    }

    @GetMapping("/available")
    @Operation(summary = "US local numbers for sale at Twilio, by area code and/or a pattern (digits, letters, * wildcards)")
    List<AvailableNumberView> available(Caller caller,
                                        @RequestParam(required = false) @Pattern(regexp = "^[2-9]\\d{2}$",
                                                message = "must be a US area code such as 415") String areaCode,
                                        @RequestParam(required = false) @Pattern(regexp = "^[0-9A-Za-z*]{2,10}$",
                                                message = "must be 2-10 digits, letters or *") String contains,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(50) int limit) {
        caller.require(Permissions.NUMBERS_READ);
        return purchases.available(areaCode == null ? null : Integer.valueOf(areaCode), contains, limit).stream()
                .map(AvailableNumberView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Buy a number found with /available; it starts UNASSIGNED")
    ResponseEntity<NumberView> buy(Caller caller, @Valid @RequestBody BuyRequest request) {
        caller.require(Permissions.NUMBERS_WRITE);
        PhoneNumber bought = purchases.buy(caller.organizationId(), request.phoneNumber());
        return ResponseEntity.created(URI.create("/api/v1/numbers/" + bought.id())).body(NumberView.of(bought));
    }

    @GetMapping
    @Operation(summary = "The organization's numbers (released ones left out), newest first")
    List<NumberView> list(Caller caller) {
        caller.require(Permissions.NUMBERS_READ);
        return numbers.list(caller.organizationId()).stream().map(NumberView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One number, with its campaign and assignment status")
    NumberView get(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.NUMBERS_READ);
        return numbers.find(caller.organizationId(), id).map(NumberView::of)
                .orElseThrow(() -> ApiProblem.notFound("Number " + id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Release the number: it stops sending at once and is given back to Twilio")
    void release(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.NUMBERS_WRITE);
        purchases.release(caller.organizationId(), id);
    }

    @PutMapping("/{id}/campaign")
    @Operation(summary = "Assign the number to a 10DLC campaign: 202 PENDING_ASSIGNMENT, then ASSIGNED once the "
            + "campaign is approved and Twilio has the number in the campaign's Messaging Service, else FAILED_ASSIGNMENT")
    ResponseEntity<NumberView> assign(Caller caller, @PathVariable UUID id, @Valid @RequestBody AssignRequest request) {
        caller.require(Permissions.NUMBERS_WRITE);
        return ResponseEntity.accepted()
                .body(NumberView.of(assignments.assign(caller.organizationId(), id, request.campaignId())));
    }

    @DeleteMapping("/{id}/campaign")
    @Operation(summary = "Take the number out of its campaign; it can no longer send")
    NumberView unassign(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.NUMBERS_WRITE);
        return NumberView.of(assignments.unassign(caller.organizationId(), id));
    }

    record BuyRequest(@NotNull @Pattern(regexp = US_E164, message = "must be a US number in E.164 such as +14155550123")
                      String phoneNumber) {
    }

    record AssignRequest(@NotNull UUID campaignId) {
    }

    record NumberView(UUID id, String e164, String status, UUID campaignId, String statusReason, String twilioSid,
                      Instant createdAt, Instant updatedAt) {
        static NumberView of(PhoneNumber n) {
            return new NumberView(n.id(), n.e164(), n.status().name(), n.campaignId(), n.statusReason(), n.twilioSid(),
                    n.createdAt(), n.updatedAt());
        }
    }

    record AvailableNumberView(String phoneNumber, String friendlyName, String locality, String region,
                               String isoCountry, Capabilities capabilities) {
        static AvailableNumberView of(TwilioNumbers.Available n) {
            return new AvailableNumberView(n.e164(), n.friendlyName(), n.locality(), n.region(), n.isoCountry(),
                    new Capabilities(n.sms(), n.mms(), n.voice()));
        }
    }

    record Capabilities(boolean sms, boolean mms, boolean voice) {
    }
}

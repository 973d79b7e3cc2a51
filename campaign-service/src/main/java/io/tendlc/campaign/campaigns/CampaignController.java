package io.tendlc.campaign.campaigns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.campaign.brands.Brands;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "10DLC campaigns: registration with TCR, carrier review, throughput limits")
class CampaignController {

    private final CampaignRegistration registration;
    private final Campaigns campaigns;
    private final Brands brands;
    private final TcrEvents events;

    CampaignController(CampaignRegistration registration, Campaigns campaigns, Brands brands, TcrEvents events) {
        this.registration = registration;
        this.campaigns = campaigns;
        this.brands = brands;
        this.events = events;
    }

    @GetMapping("/usecases")
    @Operation(summary = "The use cases a brand may register, each with why not when it may not")
    List<Usecases.Choice> usecases(Caller caller, @RequestParam UUID brandId) {
        caller.require(Permissions.CAMPAIGNS_READ);
        return Usecases.forBrand(brands.find(caller.organizationId(), brandId)
                .orElseThrow(() -> ApiProblem.notFound("Brand " + brandId)));
    }

    @PostMapping
    @Operation(summary = "Register a campaign for an approved brand: checked for compliance, stored, submitted to TCR "
            + "(409 brand-not-approved, 422 compliance-check-failed with every finding, 422 tcr-rejected)")
    ResponseEntity<CampaignView> register(Caller caller, @Valid @RequestBody CampaignForm form) {
        caller.require(Permissions.CAMPAIGNS_WRITE);
        Campaign campaign = registration.register(caller.organizationId(), form);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.id())).body(CampaignView.of(campaign));
    }

    @GetMapping
    @Operation(summary = "The organization's campaigns, newest first (optionally of one brand)")
    List<CampaignView> list(Caller caller, @RequestParam(required = false) UUID brandId,
                            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        caller.require(Permissions.CAMPAIGNS_READ);
        return campaigns.list(caller.organizationId(), brandId, limit).stream().map(CampaignView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One campaign with each carrier's review and its throughput limits")
    CampaignView get(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CAMPAIGNS_READ);
        return campaigns.find(caller.organizationId(), id).map(CampaignView::of)
                .orElseThrow(() -> ApiProblem.notFound("Campaign " + id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Edit a campaign (absent fields stay) and send it to carrier review again (PUT at TCR)")
    CampaignView edit(Caller caller, @PathVariable UUID id, @RequestBody CampaignPatch patch) {
        caller.require(Permissions.CAMPAIGNS_WRITE);
        return CampaignView.of(registration.edit(caller.organizationId(), id, patch));
    }

    @PostMapping("/{id}/resubmit")
    @Operation(summary = "Send a campaign, unchanged, to carrier review again (PUT at TCR)")
    CampaignView resubmit(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CAMPAIGNS_WRITE);
        return CampaignView.of(registration.resubmit(caller.organizationId(), id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deactivate a campaign: out of service at once, deleted at TCR (status DELETED)")
    CampaignView deactivate(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CAMPAIGNS_WRITE);
        return CampaignView.of(registration.deactivate(caller.organizationId(), id));
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "The campaign's TCR webhook history, oldest first (each event once)")
    List<EventView> events(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.CAMPAIGNS_READ);
        campaigns.find(caller.organizationId(), id).orElseThrow(() -> ApiProblem.notFound("Campaign " + id));
        return events.history(caller.organizationId(), id).stream().map(EventView::of).toList();
    }

    record EventView(String eventId, String eventType, String carrier, String mnoId, String description,
                     Instant occurredAt, Instant receivedAt, @com.fasterxml.jackson.annotation.JsonRawValue String payload) {
        static EventView of(TcrEvents.Stored e) {
            return new EventView(e.eventId(), e.eventType(), Carrier.byMnoId(e.mnoId()).map(Enum::name).orElse(null),
                    e.mnoId(), e.description(), e.occurredAt(), e.receivedAt(), e.payload());
        }
    }
}

package io.tendlc.brand.brands;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import java.util.List;
import java.util.UUID;

@RestController
@Validated
@RequestMapping("/api/v1/brands")
@Tag(name = "Brands", description = "10DLC brands: registration with TCR, identity verification, vetting and throughput tier")
class BrandController {

    private final BrandRegistration registration;
    private final Brands brands;
    private final ThroughputTiers tiers;

    BrandController(BrandRegistration registration, Brands brands, ThroughputTiers tiers) {
        this.registration = registration;
        this.brands = brands;
        this.tiers = tiers;
    }

    @GetMapping
    @Operation(summary = "List the organization's brands, newest first (deleted ones with includeDeleted=true)")
    List<BrandView> list(Caller caller, @RequestParam(defaultValue = "false") boolean includeDeleted,
                         @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
                         @RequestParam(defaultValue = "0") @Min(0) int offset) {
        caller.require(Permissions.BRANDS_READ);
        return brands.list(caller.organizationId(), includeDeleted, limit, offset).stream().map(this::view).toList();
    }

    @PostMapping
    @Operation(summary = "Register a brand with TCR",
            description = "Checked for shape (400 validation) and by the compliance rules (422 compliance-check-failed "
                    + "with every finding), stored, then submitted to TCR: 201 PENDING until TCR verifies the identity "
                    + "(webhook). TCR's refusal is 422 tcr-rejected with TCR's errors; if TCR is unreachable the brand "
                    + "is kept (tcrBrandId null, pendingSubmissions [REGISTER]) and submitted by a retrying job.")
    ResponseEntity<BrandView> register(Caller caller, @Valid @RequestBody BrandRequest request) {
        caller.require(Permissions.BRANDS_WRITE);
        Brand brand = registration.register(caller.organizationId(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/brands/" + brand.id())).body(view(brand));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One brand, with TCR's identity and vetting status and its throughput tier")
    BrandView get(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.BRANDS_READ);
        return view(brands.find(caller.organizationId(), id).orElseThrow(() -> ApiProblem.notFound("Brand")));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Edit a brand (absent fields stay, \"\" clears one); TCR gets it again and re-verifies it",
            description = "Same checks as registration; the brand is PENDING again until TCR's new verdict.")
    BrandView edit(Caller caller, @PathVariable UUID id, @Valid @RequestBody BrandPatch patch) {
        caller.require(Permissions.BRANDS_WRITE);
        return view(registration.edit(caller.organizationId(), id, patch.details()));
    }

    @PostMapping("/{id}/resubmit")
    @Operation(summary = "Ask TCR to verify a rejected (UNVERIFIED) brand again (revet), e.g. after fixing its data",
            description = "409 brand-not-rejected unless the brand is REJECTED.")
    BrandView resubmit(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.BRANDS_WRITE);
        return view(registration.resubmit(caller.organizationId(), id));
    }

    @PostMapping("/{id}/vetting")
    @Operation(summary = "Order an external vetting of the brand",
            description = "The score (0-100) arrives later by webhook and sets the brand's throughput tier.")
    BrandView orderVetting(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.BRANDS_WRITE);
        return view(registration.orderVetting(caller.organizationId(), id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a brand at TCR and here",
            description = "409 brand-has-campaigns while the brand has campaigns that are not expired or deleted.")
    ResponseEntity<Void> delete(Caller caller, @PathVariable UUID id) {
        caller.require(Permissions.BRANDS_WRITE);
        registration.delete(caller.organizationId(), id);
        return ResponseEntity.noContent().build();
    }

    private BrandView view(Brand brand) {
        return BrandView.of(brand, tiers.named(brand.throughputTier()));
    }
}

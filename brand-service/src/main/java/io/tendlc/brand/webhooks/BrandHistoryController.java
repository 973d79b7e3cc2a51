package io.tendlc.brand.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.brand.brands.Brands;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Validated
@Tag(name = "Brands")
class BrandHistoryController {

    private final Brands brands;
    private final TcrWebhooks webhooks;

    BrandHistoryController(Brands brands, TcrWebhooks webhooks) {
        this.brands = brands;
        this.webhooks = webhooks;
    }

    @GetMapping("/api/v1/brands/{id}/events")
    @Operation(summary = "The brand's TCR webhook history, oldest first (the dashboard's timeline)",
            description = "Each entry says what TCR reported and what it did: APPLIED, STALE (the brand already showed "
                    + "something newer) or IGNORED. Duplicated deliveries appear once.")
    List<WebhookHistoryEntry> history(Caller caller, @PathVariable UUID id,
                                      @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int limit) {
        caller.require(Permissions.BRANDS_READ);
        brands.find(caller.organizationId(), id).orElseThrow(() -> ApiProblem.notFound("Brand"));
        return webhooks.history(caller.organizationId(), id, limit);
    }
}

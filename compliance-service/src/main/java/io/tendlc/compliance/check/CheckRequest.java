package io.tendlc.compliance.check;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;

import java.util.UUID;

/** Either a brand, or a campaign with the id of the brand it is for. */
record CheckRequest(@Valid @Schema(description = "A brand submission to check") BrandInput brand,
                    @Valid @Schema(description = "A campaign submission to check; needs brandId") CampaignInput campaign,
                    @Schema(description = "The platform id of the campaign's brand") UUID brandId) {

    /** Caps against abuse, far above anything TCR accepts (the check reports TCR's own limits). */
    static final int SHORT = 1_000;
    static final int TEXT = 10_000;
    static final int LIST = 20;
}

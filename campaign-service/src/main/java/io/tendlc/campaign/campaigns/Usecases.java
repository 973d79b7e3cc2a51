package io.tendlc.campaign.campaigns;

import io.tendlc.campaign.brands.Brand;
import io.tendlc.compliance.rules.ComplianceCheck;
import io.tendlc.compliance.rules.UsecaseOption;

import java.util.List;
import java.util.Set;

/** TCR's use cases and which of them a brand may choose, as the compliance rules decide (with their reasons). */
final class Usecases {

    record Choice(String usecase, boolean allowed, String reason) {
    }

    static List<Choice> forBrand(Brand brand) {
        Set<String> allowed = ComplianceCheck.allowedUsecases(brand.profile());
        return ComplianceCheck.usecases(brand.profile()).stream()
                .map((UsecaseOption o) -> new Choice(o.usecase(), allowed.contains(o.usecase()), o.reason()))
                .toList();
    }

    private Usecases() {
    }
}

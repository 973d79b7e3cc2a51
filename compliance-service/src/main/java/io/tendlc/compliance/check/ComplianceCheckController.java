package io.tendlc.compliance.check;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tendlc.compliance.brands.BrandProfiles;
import io.tendlc.compliance.rules.BrandProfile;
import io.tendlc.compliance.rules.ComplianceCheck;
import io.tendlc.platform.security.Caller;
import io.tendlc.platform.security.Permissions;
import io.tendlc.platform.web.ApiProblem;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The pre-submission check as a service: what brand-service and campaign-service would refuse, and why, before the
 * user submits. The dashboard calls it while the user types, so it is a pure computation plus one indexed lookup.
 */
@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "Compliance check", description = "10DLC pre-submission checks of brands and campaigns (compliance:read)")
class ComplianceCheckController {

    private static final List<RuleView> RULES = ComplianceCheck.rules().stream().map(RuleView::of).toList();

    private final BrandProfiles brands;

    ComplianceCheckController(BrandProfiles brands) {
        this.brands = brands;
    }

    @PostMapping("/check")
    @Operation(summary = "Check a brand ({brand}) or a campaign of one of the organization's brands ({campaign, "
            + "brandId}); answers 200 {passed, findings[]} listing every problem at once, with how to fix it")
    CheckResult check(Caller caller, @Valid @RequestBody CheckRequest request) {
        requireComplianceRead(caller);
        if ((request.brand() == null) == (request.campaign() == null)) {
            throw invalid("brand", "give either brand, or campaign with brandId");
        }
        if (request.brand() != null) {
            return CheckResult.of(ComplianceCheck.brand(request.brand().toSubmission()));
        }
        if (request.brandId() == null) {
            throw invalid("brandId", "must be the id of the campaign's brand");
        }
        BrandProfile brand = brands.find(caller.organizationId(), request.brandId())
                .orElseThrow(() -> ApiProblem.notFound("Brand " + request.brandId()));
        return CheckResult.of(ComplianceCheck.campaign(request.campaign().toSubmission(), brand));
    }

    @GetMapping("/rules")
    @Operation(summary = "The rule catalogue: every rule the check applies, with its code, description, source and "
            + "whether a campaign refused by it can be resubmitted")
    List<RuleView> rules(Caller caller) {
        requireComplianceRead(caller);
        return RULES;
    }

    /**
     * compliance:read, which every member should have: platform-starter's table does not give it to AGENT yet, so a
     * member who may read the organization's brands may check too. API keys need the scope itself.
     */
    private static void requireComplianceRead(Caller caller) {
        if (!caller.isApiKey() && caller.can(Permissions.BRANDS_READ)) {
            return;
        }
        caller.require(Permissions.COMPLIANCE_READ);
    }

    private static ApiProblem invalid(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", field + ": " + message,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}

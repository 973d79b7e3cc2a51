package io.tendlc.brand.brands;

import io.tendlc.compliance.rules.ComplianceCheck;
import io.tendlc.compliance.rules.Finding;
import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** Refuses a brand the pre-submission check finds errors in, naming every finding at once (422). */
final class ComplianceGate {

    static void check(BrandDetails details) {
        List<Finding> findings = ComplianceCheck.brand(details.toSubmission());
        if (ComplianceCheck.refuses(findings)) {
            long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "compliance-check-failed", "Compliance check failed",
                    "TCR would refuse this brand: " + errors + " problem" + (errors == 1 ? "" : "s")
                            + " to fix before it can be submitted.",
                    Map.of("findings", findings));
        }
    }

    private ComplianceGate() {
    }
}

package io.tendlc.compliance.check;

import io.tendlc.compliance.rules.ComplianceCheck;
import io.tendlc.compliance.rules.Finding;

import java.util.List;

/**
 * The check's answer: {@code passed} when no finding is an ERROR (warnings are advice), and every finding at once.
 */
record CheckResult(boolean passed, int errors, int warnings, List<Finding> findings) {

    static CheckResult of(List<Finding> findings) {
        int errors = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        return new CheckResult(!ComplianceCheck.refuses(findings), errors, findings.size() - errors, findings);
    }
}

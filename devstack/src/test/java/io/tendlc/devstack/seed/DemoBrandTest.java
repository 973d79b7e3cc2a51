package io.tendlc.devstack.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tendlc.compliance.rules.BrandProfile;
import io.tendlc.compliance.rules.BrandSubmission;
import io.tendlc.compliance.rules.CampaignSubmission;
import io.tendlc.compliance.rules.ComplianceCheck;
import io.tendlc.compliance.rules.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo registration is what a new user looks at first: it must pass the platform's own compliance checks
 * without an error (brand-service and campaign-service refuse those with 422) and without a warning either, since
 * a demo should show how it is done.
 */
class DemoBrandTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theDemoBrandPassesTheComplianceChecksWithoutAFinding() {
        BrandSubmission brand = JSON.convertValue(DemoBrand.brand(), BrandSubmission.class);

        assertThat(check(() -> ComplianceCheck.brand(brand))).isEmpty();
    }

    @Test
    void theDemoCampaignPassesTheComplianceChecksWithoutAFindingAndItsUseCaseIsAllowed() {
        Map<String, Object> campaign = DemoBrand.campaign("brand-id");
        CampaignSubmission submission = JSON.convertValue(campaign, CampaignSubmission.class);
        Map<String, Object> brand = DemoBrand.brand();
        BrandProfile profile = new BrandProfile((String) brand.get("displayName"), (String) brand.get("companyName"),
                (String) brand.get("entityType"), "VERIFIED", null, (String) brand.get("website"));

        assertThat(submission.samples()).hasSize(2);
        assertThat(check(() -> ComplianceCheck.campaign(submission, profile))).isEmpty();
        assertThat(ComplianceCheck.allowedUsecases(profile)).contains(DemoBrand.USE_CASE);
    }

    /** Skipped while the installed compliance-rules is the API stub its owner published first. */
    private static List<Finding> check(java.util.function.Supplier<List<Finding>> check) {
        try {
            return check.get();
        } catch (UnsupportedOperationException stub) {
            assumeTrue(false, "compliance-rules is not implemented in the installed jar yet");
            return List.of();
        }
    }
}

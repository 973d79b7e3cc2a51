package io.tendlc.compliance.rules;

import java.util.List;

/** One named check of a campaign submission; adds its findings to the list. */
@FunctionalInterface
interface CampaignRule {

    void check(CampaignContext campaign, List<Finding> findings);
}

package io.tendlc.compliance.rules;

import java.util.List;

/** One named check of a brand submission; adds its findings to the list. */
@FunctionalInterface
interface BrandRule {

    void check(BrandSubmission brand, List<Finding> findings);
}

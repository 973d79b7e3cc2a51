package io.tendlc.compliance.check;

import io.tendlc.compliance.rules.Rule;

/** One rule of the catalogue. */
record RuleView(String code, String description, String source, boolean resubmittable) {

    static RuleView of(Rule rule) {
        return new RuleView(rule.code(), rule.description(), rule.source(), rule.resubmittable());
    }
}

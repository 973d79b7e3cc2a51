package io.tendlc.compliance.rules;

/**
 * One entry of the rule catalogue ({@link ComplianceCheck#rules()}): what the rule checks and where it comes from.
 *
 * @param code          the stable code its findings carry ({@link Finding#rule()})
 * @param description   what the rule checks, in plain words
 * @param source        where the rule comes from (CTIA handbook section, TCR/carrier policy, FCC rule…)
 * @param resubmittable false where carriers refuse such a campaign for good
 */
public record Rule(String code, String description, String source, boolean resubmittable) {

    /** A finding of this rule that refuses the submission. */
    public Finding error(String field, String message) {
        return new Finding(code, field, Finding.Severity.ERROR, message, source, resubmittable);
    }

    /** A finding of this rule that is advice only. */
    public Finding warning(String field, String message) {
        return new Finding(code, field, Finding.Severity.WARNING, message, source, resubmittable);
    }
}

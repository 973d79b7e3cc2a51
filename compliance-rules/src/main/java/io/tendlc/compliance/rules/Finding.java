package io.tendlc.compliance.rules;

/**
 * One problem found before submission.
 *
 * @param rule          stable code clients may switch on, e.g. {@code url-shortener}, {@code sample-missing-opt-out}
 * @param field         the submission field it concerns ({@code samples[0]}, {@code description}, …)
 * @param severity      ERROR refuses the submission; WARNING is advice
 * @param message       what is wrong and how to fix it, in plain words
 * @param source        where the rule comes from (CTIA handbook section, TCR/carrier policy, FCC rule…)
 * @param resubmittable false where carriers refuse for good (a rejected campaign cannot simply be fixed and resent)
 */
public record Finding(String rule, String field, Severity severity, String message, String source,
                      boolean resubmittable) {

    public enum Severity { ERROR, WARNING }
}

package io.tendlc.simulators.tcr;

import java.util.Locale;

/**
 * The simulated outcome of TCR's identity verification of a brand, decided by fixed rules so tests can
 * pick it: an EIN of one repeated digit or "123456789", or a company name containing "MISMATCH", does not
 * match; a PUBLIC_PROFIT brand needs its stock symbol and exchange; a NON_PROFIT named with "NO501C" has
 * no 501(c) status. Sole proprietors are verified.
 */
final class IdentityVerification {

    static final String EIN_MISMATCH = "EIN does not match the legal name";
    static final String STOCK_SYMBOL_REQUIRED = "stock symbol required";
    static final String NO_501C = "no 501(c) status found";

    record Outcome(String identityStatus, String reason) {

        boolean verified() {
            return "VERIFIED".equals(identityStatus) || "VETTED_VERIFIED".equals(identityStatus);
        }
    }

    private IdentityVerification() {
    }

    /**
     * @param forced the {@code forceIdentityStatus} knob, or null
     * @param vetted whether the brand holds an ACTIVE external vetting (a verified brand is then VETTED_VERIFIED)
     */
    static Outcome verify(BrandRequest brand, String forced, boolean vetted) {
        if (forced != null) {
            return new Outcome(forced, "UNVERIFIED".equals(forced) ? "identity verification failed (forced)" : null);
        }
        String reason = problem(brand);
        if (reason != null) {
            return new Outcome("UNVERIFIED", reason);
        }
        return new Outcome(vetted ? "VETTED_VERIFIED" : "VERIFIED", null);
    }

    private static String problem(BrandRequest brand) {
        if (brand.soleProprietor()) {
            return null;
        }
        String company = brand.companyName() == null ? "" : brand.companyName().toUpperCase(Locale.ROOT);
        String ein = brand.einDigits();
        if (company.contains("MISMATCH") || ein.equals("123456789") || oneRepeatedDigit(ein)) {
            return EIN_MISMATCH;
        }
        if ("PUBLIC_PROFIT".equals(brand.entityType())
                && (BrandValidation.blank(brand.stockSymbol()) || BrandValidation.blank(brand.stockExchange())
                        || "NONE".equals(brand.stockExchange()))) {
            return STOCK_SYMBOL_REQUIRED;
        }
        if ("NON_PROFIT".equals(brand.entityType()) && company.contains("NO501C")) {
            return NO_501C;
        }
        return null;
    }

    private static boolean oneRepeatedDigit(String digits) {
        return !digits.isEmpty() && digits.chars().allMatch(c -> c == digits.charAt(0));
    }

    /**
     * The external vetting score, deterministic from the EIN so tests can pick a throughput tier: the EIN's
     * last two digits (…80 → 80, …45 → 45, …07 → 7), with "00" meaning 100.
     */
    static int vettingScore(BrandRequest brand) {
        String ein = brand.einDigits();
        if (ein.length() < 2) {
            return 0;
        }
        int lastTwo = Integer.parseInt(ein.substring(ein.length() - 2));
        return lastTwo == 0 ? 100 : lastTwo;
    }
}

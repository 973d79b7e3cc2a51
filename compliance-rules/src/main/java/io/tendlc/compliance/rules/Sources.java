package io.tendlc.compliance.rules;

/** Where the rules come from; quoted in every finding so a user can read the original. */
final class Sources {

    static final String CTIA = "CTIA Messaging Principles and Best Practices (2023)";
    static final String CTIA_CALL_TO_ACTION = CTIA + " §5.1.1";
    static final String CTIA_OPT_IN = CTIA + " §5.1.2";
    static final String CTIA_OPT_IN_CONFIRMATION = CTIA + " §5.1.2.1";
    static final String CTIA_OPT_OUT = CTIA + " §5.1.3";
    static final String CTIA_SHARING = CTIA + " §5.1.4";
    static final String CTIA_PRIVACY = CTIA + " §5.2.1";
    static final String CTIA_CONTENT = CTIA + " §5.3.1";
    static final String CTIA_LINKS = CTIA + " §5.3.2";
    static final String CTIA_PHONES = CTIA + " §5.3.3";
    static final String TCR_BRAND = "TCR brand registration requirements";
    static final String TCR_CAMPAIGN = "TCR campaign requirements";
    static final String TCR_USECASES = "TCR use case definitions (standard and special use cases)";
    static final String T_MOBILE = "T-Mobile Code of Conduct";
    static final String CARRIER_REVIEW = "Carrier (MNO) campaign review guidelines";
    static final String FCC_REVOCATION = "FCC 24-24 (2025), revocation of consent";

    private Sources() {
    }
}

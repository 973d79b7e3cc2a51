package io.tendlc.brand.brands;

/** The shapes TCR accepts, for Bean Validation of brand requests (what is required where is the compliance check's). */
final class BrandFields {

    static final String ENTITY_TYPE = "PRIVATE_PROFIT|PUBLIC_PROFIT|NON_PROFIT|GOVERNMENT|SOLE_PROPRIETOR";
    static final String EIN = "\\d{2}-?\\d{7}";
    static final String COUNTRY = "[A-Z]{2}";
    static final String E164 = "\\+[1-9]\\d{6,14}";
    static final String POSTAL_CODE = "[A-Za-z0-9][A-Za-z0-9 -]{1,9}";
    static final String WEBSITE = "(?i)https?://[^\\s/$.?#][^\\s]*";
    static final String CODE = "[A-Z][A-Z0-9_]{1,39}";
    static final String STOCK_SYMBOL = "[A-Za-z0-9.\\-]{1,10}";
    static final String ALT_ID_TYPE = "NONE|DUNS|GIIN|LEI";
    static final String RELATIONSHIP = "BASIC_ACCOUNT|SMALL_ACCOUNT|MEDIUM_ACCOUNT|LARGE_ACCOUNT|KEY_ACCOUNT";

    static final String ENTITY_TYPE_MESSAGE = "must be one of " + ENTITY_TYPE;
    static final String EIN_MESSAGE = "must be the 9 digits of an EIN (NN-NNNNNNN)";
    static final String COUNTRY_MESSAGE = "must be an ISO 3166 alpha-2 country code (US)";
    static final String E164_MESSAGE = "must be an E.164 phone number (+15551234567)";
    static final String WEBSITE_MESSAGE = "must be an http(s) URL";
    static final String CODE_MESSAGE = "must be an upper-case TCR code";
    static final String ALT_ID_TYPE_MESSAGE = "must be one of " + ALT_ID_TYPE;
    static final String RELATIONSHIP_MESSAGE = "must be one of " + RELATIONSHIP;

    private BrandFields() {
    }
}

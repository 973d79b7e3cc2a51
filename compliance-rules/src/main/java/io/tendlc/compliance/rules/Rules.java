package io.tendlc.compliance.rules;

import java.util.List;

import static io.tendlc.compliance.rules.Sources.*;

/** The rule catalogue: every rule the check applies, with its code, description and source. */
final class Rules {

    // --- brand -------------------------------------------------------------------------------------------------
    static final Rule BRAND_ENTITY_TYPE = rule("brand-entity-type",
            "entityType is one of PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, GOVERNMENT, SOLE_PROPRIETOR.", TCR_BRAND);
    static final Rule BRAND_REQUIRED_FIELD = rule("brand-required-field",
            "Every field TCR requires for the brand's entity type is filled in.", TCR_BRAND);
    static final Rule BRAND_FIELD_LENGTH = rule("brand-field-length",
            "Brand fields stay within TCR's length limits.", TCR_BRAND);
    static final Rule BRAND_EIN = rule("brand-ein",
            "The EIN (tax id) has 9 digits; required for every entity type except SOLE_PROPRIETOR.", TCR_BRAND);
    static final Rule BRAND_EIN_UNVERIFIABLE = rule("brand-ein-unverifiable",
            "The EIN is not a placeholder (all one digit, 123456789) and has a prefix the IRS assigns; otherwise "
                    + "identity verification fails with 'EIN does not match the legal name'.", TCR_BRAND);
    static final Rule BRAND_STOCK_LISTING = rule("brand-stock-listing",
            "A PUBLIC_PROFIT brand gives its stock symbol and a stock exchange TCR knows.", TCR_BRAND);
    static final Rule BRAND_SOLE_PROPRIETOR = rule("brand-sole-proprietor-identity",
            "A SOLE_PROPRIETOR brand gives the owner's first and last name and a US/Canadian mobile phone, and has "
                    + "no EIN.", TCR_BRAND);
    static final Rule BRAND_NON_PROFIT = rule("brand-non-profit-status",
            "A NON_PROFIT brand's legal name looks like a tax-exempt organisation (TCR checks 501(c) status).",
            TCR_BRAND);
    static final Rule BRAND_PHONE = rule("brand-phone",
            "Phone numbers are in E.164 form (+ country code and number, e.g. +12025550123).", TCR_BRAND);
    static final Rule BRAND_EMAIL = rule("brand-email", "The support email is a valid address.", TCR_BRAND);
    static final Rule BRAND_WEBSITE = rule("brand-website",
            "The website is an https URL of the brand's own site, not a URL shortener.", TCR_BRAND);
    static final Rule BRAND_VERTICAL = rule("brand-vertical",
            "The vertical (industry) is one of TCR's 23 values.", TCR_BRAND);
    static final Rule BRAND_ADDRESS = rule("brand-address",
            "Country codes are ISO 3166 alpha-2; US/Canadian state and postal code have their postal format.",
            TCR_BRAND);
    static final Rule BRAND_ALT_BUSINESS_ID = rule("brand-alt-business-id",
            "An alternative business id has a type (DUNS, GIIN, LEI) and that type's format.", TCR_BRAND);

    // --- campaign: use case -----------------------------------------------------------------------------------
    static final Rule USECASE_UNKNOWN = rule("usecase-unknown", "The use case is one TCR knows.", TCR_USECASES);
    static final Rule USECASE_NOT_ALLOWED = rule("usecase-not-allowed",
            "The brand may use the use case (special use cases need vetting or a certain entity type; sole "
                    + "proprietors may only use SOLE_PROPRIETOR).", TCR_USECASES);
    static final Rule SUB_USECASES = rule("sub-usecases",
            "MIXED and LOW_VOLUME campaigns list 2 to 5 distinct standard sub-use-cases.", TCR_USECASES);
    static final Rule BRAND_NOT_VERIFIED = rule("brand-not-verified",
            "TCR accepts campaigns only for brands whose identity is VERIFIED or VETTED_VERIFIED.", TCR_CAMPAIGN);
    static final Rule SOLE_PROPRIETOR_CAMPAIGN = rule("sole-proprietor-campaign",
            "A SOLE_PROPRIETOR campaign sends from one number (no number pool).", TCR_CAMPAIGN);

    // --- campaign: description and message flow ----------------------------------------------------------------
    static final Rule DESCRIPTION_LENGTH = rule("description-length",
            "The description has 40 to 4096 characters.", TCR_CAMPAIGN);
    static final Rule DESCRIPTION_VAGUE = rule("description-vague",
            "The description says who sends what and why; no placeholder text (test, n/a, lorem ipsum).",
            CARRIER_REVIEW);
    static final Rule MESSAGE_FLOW_LENGTH = rule("message-flow-length",
            "The message flow (call to action) has 40 to 2048 characters.", TCR_CAMPAIGN);
    static final Rule MESSAGE_FLOW_CONSENT_METHOD = rule("message-flow-consent-method",
            "The message flow says how each subscriber opts in (web form, keyword, checkbox, paper form, verbal…).",
            CTIA_CALL_TO_ACTION);
    static final Rule CONSENT_BURIED_IN_TERMS = rule("consent-buried-in-terms",
            "Consent to texts is its own affirmative act, not implied by accepting terms of service or using a "
                    + "product.", CTIA_OPT_IN);
    static final Rule CONSENT_NOT_AFFIRMATIVE = rule("consent-not-affirmative",
            "Opt-in is optional and affirmative: no pre-checked boxes, no automatic enrolment, no consent as a "
                    + "condition of purchase.", CTIA_OPT_IN);
    static final Rule CONSENT_SHARED = rule("consent-shared",
            "Consent is not bought, rented, shared or collected for third parties.", CTIA_SHARING);
    static final Rule MESSAGE_FLOW_DISCLOSURES = rule("message-flow-disclosures",
            "The opt-in disclosure states message frequency, 'Msg & data rates may apply', and HELP/STOP "
                    + "instructions.", CTIA_CALL_TO_ACTION);

    // --- campaign: samples --------------------------------------------------------------------------------------
    static final Rule SAMPLE_COUNT = rule("sample-count", "The campaign has 2 to 5 sample messages.", TCR_CAMPAIGN);
    static final Rule SAMPLE_LENGTH = rule("sample-length",
            "Each sample message has 20 to 1024 characters.", TCR_CAMPAIGN);
    static final Rule SAMPLE_MISSING_BRAND = rule("sample-missing-brand",
            "At least one sample names the brand (display or company name).", CTIA_CALL_TO_ACTION);
    static final Rule SAMPLE_MISSING_OPT_OUT = rule("sample-missing-opt-out",
            "At least one sample tells the recipient how to opt out (e.g. 'Reply STOP to opt out').", CTIA_OPT_OUT);
    static final Rule TEMPLATE_PLACEHOLDER = rule("template-placeholder",
            "Template fields are written in [brackets], not {{x}}, {x}, <x>, %s or $name.", TCR_CAMPAIGN);
    static final Rule SAMPLE_DUPLICATE = rule("sample-duplicate",
            "Samples are different messages, each showing a kind of message the campaign sends.", CARRIER_REVIEW);
    static final Rule CALL_TO_ACTION_WITHOUT_PURPOSE = rule("call-to-action-without-purpose",
            "A sample asking for a reply (Reply YES…) says what the reply is for.", CARRIER_REVIEW);
    static final Rule SAMPLE_USECASE_MISMATCH = rule("sample-usecase-mismatch",
            "Samples match the use case: promotional content needs MARKETING (or MIXED with MARKETING).",
            CARRIER_REVIEW);
    static final Rule SAMPLE_2FA_WITHOUT_CODE = rule("sample-2fa-without-code",
            "A 2FA campaign's samples show the one-time code (e.g. 'Your code is [code]').", TCR_USECASES);

    // --- campaign: links and numbers ----------------------------------------------------------------------------
    static final Rule URL_SHORTENER = rule("url-shortener",
            "No public URL shortener (bit.ly, tinyurl.com, goo.gl, t.co…) anywhere; carriers refuse them.",
            T_MOBILE, false);
    static final Rule EMBEDDED_LINK_MISMATCH = rule("embedded-link-mismatch",
            "The embeddedLink flag matches the samples (true exactly when a sample contains a link).", TCR_CAMPAIGN);
    static final Rule EMBEDDED_PHONE_MISMATCH = rule("embedded-phone-mismatch",
            "The embeddedPhone flag matches the samples (true exactly when a sample contains a phone number).",
            TCR_CAMPAIGN);
    static final Rule LINK_OFF_BRAND_DOMAIN = rule("link-off-brand-domain",
            "Links in messages point to the brand's own domain.", CTIA_LINKS);
    static final Rule PRIVACY_POLICY_MISSING = rule("privacy-policy-missing",
            "A MARKETING campaign (or MIXED/LOW_VOLUME with MARKETING) links its privacy policy.", CTIA_PRIVACY);
    static final Rule POLICY_LINK_FORMAT = rule("policy-link-format",
            "Privacy policy, terms and embedded link sample are absolute https URLs.", TCR_CAMPAIGN);

    // --- campaign: content ---------------------------------------------------------------------------------------
    static final Rule SHAFT_PROHIBITED = rule("shaft-prohibited",
            "No sexual, hateful, tobacco, vape or cannabis (incl. CBD) content; carriers refuse it for good.",
            CTIA_CONTENT + "; " + T_MOBILE, false);
    static final Rule SHAFT_AGE_GATE = rule("shaft-age-gate",
            "Alcohol and firearms content only behind a 21+ age gate (ageGated=true).",
            CTIA_CONTENT + "; " + T_MOBILE, false);
    static final Rule HIGH_RISK_FINANCIAL = rule("high-risk-financial",
            "No high-risk financial or get-rich-quick content (payday loans, debt relief, credit repair, crypto, "
                    + "gambling, work-from-home schemes).", T_MOBILE, false);
    static final Rule DIRECT_LENDING = rule("direct-lending",
            "Lending content is declared (directLending=true) and is first-party lending only.", T_MOBILE);
    static final Rule AFFILIATE_MARKETING = rule("affiliate-marketing",
            "No affiliate marketing: consent collected for one brand may not be used for others.", CTIA_SHARING
                    + "; " + T_MOBILE, false);

    // --- campaign: HELP / opt-in / opt-out ------------------------------------------------------------------------
    static final Rule SUBSCRIBER_FLAGS = rule("subscriber-flags",
            "The campaign supports opt-out (subscriberOptout) and help (subscriberHelp).", CTIA_OPT_OUT);
    static final Rule HELP_MESSAGE = rule("help-message",
            "The HELP reply has 20 to 320 characters, names the brand and gives contact details.", TCR_CAMPAIGN
                    + "; " + CTIA);
    static final Rule OPT_IN_MESSAGE = rule("opt-in-message",
            "The opt-in confirmation has 20 to 320 characters, names the brand and says how to opt out.",
            CTIA_OPT_IN_CONFIRMATION);
    static final Rule OPT_OUT_MESSAGE = rule("opt-out-message",
            "The opt-out confirmation has 20 to 320 characters, confirms the opt-out and names the brand.",
            CTIA_OPT_OUT);
    static final Rule OPT_OUT_KEYWORDS = rule("opt-out-keywords", "Opt-out keywords include STOP.", CTIA_OPT_OUT);
    static final Rule OPT_OUT_KEYWORDS_FCC = rule("opt-out-keywords-fcc",
            "Opt-out keywords include every word the FCC rule names (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, "
                    + "REVOKE, OPTOUT).", FCC_REVOCATION);
    static final Rule HELP_KEYWORDS = rule("help-keywords", "Help keywords include HELP.", CTIA);
    static final Rule KEYWORD_CONFLICT = rule("keyword-conflict",
            "No keyword is both an opt-in, opt-out or help keyword.", TCR_CAMPAIGN);

    static final List<Rule> ALL = List.of(
            BRAND_ENTITY_TYPE, BRAND_REQUIRED_FIELD, BRAND_FIELD_LENGTH, BRAND_EIN, BRAND_EIN_UNVERIFIABLE,
            BRAND_STOCK_LISTING, BRAND_SOLE_PROPRIETOR, BRAND_NON_PROFIT, BRAND_PHONE, BRAND_EMAIL, BRAND_WEBSITE,
            BRAND_VERTICAL, BRAND_ADDRESS, BRAND_ALT_BUSINESS_ID,
            USECASE_UNKNOWN, USECASE_NOT_ALLOWED, SUB_USECASES, BRAND_NOT_VERIFIED, SOLE_PROPRIETOR_CAMPAIGN,
            DESCRIPTION_LENGTH, DESCRIPTION_VAGUE, MESSAGE_FLOW_LENGTH, MESSAGE_FLOW_CONSENT_METHOD,
            CONSENT_BURIED_IN_TERMS, CONSENT_NOT_AFFIRMATIVE, CONSENT_SHARED, MESSAGE_FLOW_DISCLOSURES,
            SAMPLE_COUNT, SAMPLE_LENGTH, SAMPLE_MISSING_BRAND, SAMPLE_MISSING_OPT_OUT, TEMPLATE_PLACEHOLDER,
            SAMPLE_DUPLICATE, CALL_TO_ACTION_WITHOUT_PURPOSE, SAMPLE_USECASE_MISMATCH, SAMPLE_2FA_WITHOUT_CODE,
            URL_SHORTENER, EMBEDDED_LINK_MISMATCH, EMBEDDED_PHONE_MISMATCH, LINK_OFF_BRAND_DOMAIN,
            PRIVACY_POLICY_MISSING, POLICY_LINK_FORMAT,
            SHAFT_PROHIBITED, SHAFT_AGE_GATE, HIGH_RISK_FINANCIAL, DIRECT_LENDING, AFFILIATE_MARKETING,
            SUBSCRIBER_FLAGS, HELP_MESSAGE, OPT_IN_MESSAGE, OPT_OUT_MESSAGE, OPT_OUT_KEYWORDS, OPT_OUT_KEYWORDS_FCC,
            HELP_KEYWORDS, KEYWORD_CONFLICT);

    private static Rule rule(String code, String description, String source) {
        return new Rule(code, description, source, true);
    }

    private static Rule rule(String code, String description, String source, boolean resubmittable) {
        return new Rule(code, description, source, resubmittable);
    }

    private Rules() {
    }
}

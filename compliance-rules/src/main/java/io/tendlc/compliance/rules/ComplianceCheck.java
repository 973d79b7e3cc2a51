package io.tendlc.compliance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The pre-submission check: every problem of a brand or campaign submission at once, so a bad submission is refused
 * before it reaches TCR. Pure and thread-safe.
 */
public final class ComplianceCheck {

    private static final List<BrandRule> BRAND_RULES = List.of(
            BrandIdentityRules::entityType,
            BrandIdentityRules::requiredFields,
            BrandIdentityRules::fieldLengths,
            BrandIdentityRules::ein,
            BrandIdentityRules::einUnverifiable,
            BrandIdentityRules::stockListing,
            BrandIdentityRules::soleProprietorIdentity,
            BrandIdentityRules::nonProfitStatus,
            BrandIdentityRules::altBusinessId,
            BrandContactRules::phones,
            BrandContactRules::email,
            BrandContactRules::website,
            BrandContactRules::vertical,
            BrandContactRules::address);

    private static final List<CampaignRule> CAMPAIGN_RULES = List.of(
            Usecases::known,
            Usecases::allowedForBrand,
            Usecases::subUsecases,
            Usecases::brandVerified,
            Usecases::soleProprietorLimits,
            ConsentRules::descriptionLength,
            ConsentRules::descriptionVague,
            ConsentRules::messageFlowLength,
            ConsentRules::consentMethod,
            ConsentRules::consentBuriedInTerms,
            ConsentRules::consentNotAffirmative,
            ConsentRules::consentShared,
            ConsentRules::disclosures,
            SampleRules::count,
            SampleRules::length,
            SampleRules::namesBrand,
            SampleRules::optOutLanguage,
            SampleRules::placeholders,
            SampleRules::duplicates,
            SampleRules::callToActionPurpose,
            SampleRules::matchesUsecase,
            SampleRules::twoFactorCode,
            LinkRules::shorteners,
            LinkRules::embeddedLink,
            LinkRules::embeddedPhone,
            LinkRules::brandDomain,
            LinkRules::privacyPolicy,
            LinkRules::policyLinkFormat,
            ContentRules::shaftProhibited,
            ContentRules::shaftAgeGate,
            ContentRules::highRiskFinancial,
            ContentRules::directLending,
            ContentRules::affiliateMarketing,
            KeywordRules::subscriberFlags,
            KeywordRules::helpMessage,
            KeywordRules::optInMessage,
            KeywordRules::optOutMessage,
            KeywordRules::optOutKeywords,
            KeywordRules::fccOptOutKeywords,
            KeywordRules::helpKeywords,
            KeywordRules::keywordConflicts);

    /** Every finding for a brand submission. */
    public static List<Finding> brand(BrandSubmission brand) {
        if (brand == null) {
            throw new IllegalArgumentException("brand submission is required");
        }
        List<Finding> findings = new ArrayList<>();
        BRAND_RULES.forEach(rule -> rule.check(brand, findings));
        return List.copyOf(findings);
    }

    /** Every finding for a campaign submission of the given brand. */
    public static List<Finding> campaign(CampaignSubmission campaign, BrandProfile brand) {
        if (campaign == null) {
            throw new IllegalArgumentException("campaign submission is required");
        }
        CampaignContext context = new CampaignContext(campaign, brand);
        List<Finding> findings = new ArrayList<>();
        CAMPAIGN_RULES.forEach(rule -> rule.check(context, findings));
        return List.copyOf(findings);
    }

    /** The use cases a brand may choose, given its entity type, identity status and vetting score. */
    public static Set<String> allowedUsecases(BrandProfile brand) {
        return Usecases.allowed(brand);
    }

    /**
     * Every use case TCR knows (standard ones first) with whether the brand may choose it and why — what the
     * dashboard shows next to each choice.
     */
    public static List<UsecaseOption> usecases(BrandProfile brand) {
        return Usecases.options(brand);
    }

    /** The rule catalogue: every rule the check applies, in the order the checks run. */
    public static List<Rule> rules() {
        return Rules.ALL;
    }

    /** Whether any finding refuses the submission. */
    public static boolean refuses(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    private ComplianceCheck() {
    }
}

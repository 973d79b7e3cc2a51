package io.tendlc.compliance.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.tendlc.compliance.rules.Text.upper;

/** TCR's use cases, which of them a brand may choose and why, and the use-case rules of a campaign. */
final class Usecases {

    static final List<String> STANDARD = List.of("2FA", "ACCOUNT_NOTIFICATION", "CUSTOMER_CARE",
            "DELIVERY_NOTIFICATION", "FRAUD_ALERT", "HIGHER_EDUCATION", "LOW_VOLUME", "MARKETING", "MIXED",
            "POLLING_VOTING", "PUBLIC_SERVICE_ANNOUNCEMENT", "SECURITY_ALERT");
    static final List<String> SPECIAL = List.of("AGENTS_FRANCHISES", "CHARITY", "EMERGENCY", "K12_EDUCATION",
            "POLITICAL", "PROXY", "SOCIAL", "SWEEPSTAKE", "SOLE_PROPRIETOR", "UCAAS_LOW", "UCAAS_HIGH",
            "CARRIER_EXEMPT", "M2M", "TRIAL");
    static final Set<String> NEEDS_SUB_USECASES = Set.of("MIXED", "LOW_VOLUME");
    /** The standard use cases that may be sub-use-cases of MIXED and LOW_VOLUME. */
    static final List<String> SUB_USECASES = STANDARD.stream().filter(u -> !NEEDS_SUB_USECASES.contains(u)).toList();
    private static final Set<String> ALL = Set.copyOf(concat(STANDARD, SPECIAL));

    /** Every use case with whether the brand may choose it and why. */
    static List<UsecaseOption> options(BrandProfile brand) {
        List<UsecaseOption> options = new ArrayList<>();
        for (String usecase : concat(STANDARD, SPECIAL)) {
            options.add(option(usecase, brand));
        }
        return options;
    }

    static UsecaseOption option(String usecase, BrandProfile brand) {
        String entity = brand == null ? "" : upper(brand.entityType());
        boolean soleProprietor = entity.equals(BrandIdentityRules.SOLE_PROPRIETOR);
        boolean vetted = brand != null && (brand.vettingScore() != null
                || "VETTED_VERIFIED".equals(upper(brand.identityStatus())));
        int score = brand == null || brand.vettingScore() == null ? 0 : brand.vettingScore();
        if (usecase.equals("SOLE_PROPRIETOR")) {
            return soleProprietor ? allow(usecase, "The one use case of a sole proprietor brand (1 number, low volume).")
                    : refuse(usecase, "Only for SOLE_PROPRIETOR brands; choose a standard use case.");
        }
        if (soleProprietor) {
            return refuse(usecase, "A sole proprietor brand may only register the SOLE_PROPRIETOR use case; "
                    + "register the business with an EIN for other use cases.");
        }
        if (STANDARD.contains(usecase)) {
            return allow(usecase, "Standard use case, available to every registered brand.");
        }
        return switch (usecase) {
            case "CHARITY" -> entity.equals("NON_PROFIT")
                    ? allow(usecase, "Special use case for 501(c)(3) charities; carriers review it after registration.")
                    : refuse(usecase, "Only for NON_PROFIT brands with 501(c)(3) status.");
            case "SOCIAL" -> score >= 75
                    ? allow(usecase, "Special use case; the brand's vetting score (" + score + ") qualifies.")
                    : refuse(usecase, "Needs an external vetting score of 75 or more (the brand has "
                    + (brand != null && brand.vettingScore() != null ? brand.vettingScore() : "none") + ").");
            case "POLITICAL", "AGENTS_FRANCHISES", "EMERGENCY", "PROXY", "SWEEPSTAKE", "M2M", "K12_EDUCATION" ->
                    vetted ? allow(usecase, "Special use case; carriers review it after registration"
                            + (usecase.equals("POLITICAL") ? " and it needs a Campaign Verify token." : "."))
                            : refuse(usecase, "Special use case that needs an externally vetted brand; order "
                            + "vetting first" + (usecase.equals("POLITICAL") ? " (political vetting: Campaign Verify)."
                            : "."));
            case "UCAAS_LOW", "UCAAS_HIGH" -> refuse(usecase, "Only for UCaaS providers approved by the carriers.");
            case "CARRIER_EXEMPT" -> refuse(usecase, "Only for brands the carriers have exempted.");
            case "TRIAL" -> refuse(usecase, "Only for the messaging platform's own free-trial program.");
            default -> refuse(usecase, "Not a use case TCR knows.");
        };
    }

    static Set<String> allowed(BrandProfile brand) {
        Set<String> allowed = new LinkedHashSet<>();
        options(brand).stream().filter(UsecaseOption::allowed).forEach(o -> allowed.add(o.usecase()));
        return Collections.unmodifiableSet(allowed);
    }

    static void known(CampaignContext c, List<Finding> out) {
        if (c.usecase.isEmpty()) {
            out.add(Rules.USECASE_UNKNOWN.error("usecase", "Choose the campaign's use case (e.g. MARKETING, "
                    + "ACCOUNT_NOTIFICATION, 2FA)."));
        } else if (!ALL.contains(c.usecase)) {
            out.add(Rules.USECASE_UNKNOWN.error("usecase", "\"" + c.campaign.usecase() + "\" is not a use case TCR "
                    + "knows; choose one of " + String.join(", ", STANDARD) + " or a special use case."));
        }
    }

    static void allowedForBrand(CampaignContext c, List<Finding> out) {
        if (!ALL.contains(c.usecase)) {
            return;
        }
        UsecaseOption option = option(c.usecase, c.brand);
        if (!option.allowed()) {
            out.add(Rules.USECASE_NOT_ALLOWED.error("usecase", c.usecase + " is not available to this brand: "
                    + option.reason()));
        }
    }

    static void subUsecases(CampaignContext c, List<Finding> out) {
        if (!NEEDS_SUB_USECASES.contains(c.usecase)) {
            if (!c.subUsecases.isEmpty() && ALL.contains(c.usecase)) {
                out.add(Rules.SUB_USECASES.warning("subUsecases", "Only MIXED and LOW_VOLUME campaigns have "
                        + "sub-use-cases; these are ignored for " + c.usecase + "."));
            }
            return;
        }
        int distinct = new HashSet<>(c.subUsecases).size();
        if (distinct < 2 || c.subUsecases.size() > 5) {
            out.add(Rules.SUB_USECASES.error("subUsecases", "A " + c.usecase + " campaign lists 2 to 5 sub-use-cases "
                    + "(it has " + distinct + "); pick the kinds of messages it sends, e.g. ACCOUNT_NOTIFICATION and "
                    + "MARKETING."));
        }
        if (distinct < c.subUsecases.size()) {
            out.add(Rules.SUB_USECASES.error("subUsecases", "Each sub-use-case may be listed only once."));
        }
        for (int i = 0; i < c.subUsecases.size(); i++) {
            if (!SUB_USECASES.contains(c.subUsecases.get(i))) {
                out.add(Rules.SUB_USECASES.error("subUsecases[" + i + "]", "\"" + c.subUsecases.get(i) + "\" cannot "
                        + "be a sub-use-case; use one of " + String.join(", ", SUB_USECASES) + "."));
            }
        }
    }

    static void brandVerified(CampaignContext c, List<Finding> out) {
        String status = upper(c.brand.identityStatus());
        if (status.equals("UNVERIFIED") || status.equals("SELF_DECLARED")) {
            out.add(Rules.BRAND_NOT_VERIFIED.warning("brandId", "The brand's identity is " + status + "; TCR "
                    + "accepts the campaign only once the brand is VERIFIED"
                    + (status.equals("UNVERIFIED") ? " — fix the brand and resubmit it first." : " (wait for "
                    + "verification to finish).")));
        }
    }

    static void soleProprietorLimits(CampaignContext c, List<Finding> out) {
        if (c.usecase.equals("SOLE_PROPRIETOR") && c.campaign.numberPool()) {
            out.add(Rules.SOLE_PROPRIETOR_CAMPAIGN.error("numberPool", "A sole proprietor campaign sends from a "
                    + "single number; turn numberPool off."));
        }
    }

    private static UsecaseOption allow(String usecase, String reason) {
        return new UsecaseOption(usecase, true, reason);
    }

    private static UsecaseOption refuse(String usecase, String reason) {
        return new UsecaseOption(usecase, false, reason);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private Usecases() {
    }
}

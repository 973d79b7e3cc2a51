package io.tendlc.simulators.tcr;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body of {@code POST /campaignBuilder} and {@code PUT /campaign/{campaignId}}, with TCR's field names;
 * the keyword lists are comma-separated strings, as at TCR.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CampaignRequest(
        String brandId,
        String usecase,
        List<String> subUsecases,
        String description,
        String messageFlow,
        String sample1,
        String sample2,
        String sample3,
        String sample4,
        String sample5,
        String helpMessage,
        String optinMessage,
        String optoutMessage,
        String helpKeywords,
        String optinKeywords,
        String optoutKeywords,
        Boolean subscriberOptin,
        Boolean subscriberOptout,
        Boolean subscriberHelp,
        Boolean embeddedLink,
        String embeddedLinkSample,
        Boolean embeddedPhone,
        Boolean numberPool,
        Boolean ageGated,
        Boolean directLending,
        Boolean affiliateMarketing,
        String privacyPolicyLink,
        String termsAndConditionsLink,
        Boolean autoRenewal,
        String referenceId) {

    /** The samples given, in order, blank ones left out. */
    List<String> samples() {
        List<String> samples = new ArrayList<>();
        for (String sample : new String[] {sample1, sample2, sample3, sample4, sample5}) {
            if (sample != null && !sample.isBlank()) {
                samples.add(sample);
            }
        }
        return samples;
    }

    boolean isAgeGated() {
        return Boolean.TRUE.equals(ageGated);
    }

    /** An edit: the fields the request names replace the stored ones; the brand never changes. */
    CampaignRequest mergedWith(CampaignRequest edit) {
        return new CampaignRequest(brandId, or(edit.usecase, usecase), or(edit.subUsecases, subUsecases),
                or(edit.description, description), or(edit.messageFlow, messageFlow), or(edit.sample1, sample1),
                or(edit.sample2, sample2), or(edit.sample3, sample3), or(edit.sample4, sample4),
                or(edit.sample5, sample5), or(edit.helpMessage, helpMessage), or(edit.optinMessage, optinMessage),
                or(edit.optoutMessage, optoutMessage), or(edit.helpKeywords, helpKeywords),
                or(edit.optinKeywords, optinKeywords), or(edit.optoutKeywords, optoutKeywords),
                or(edit.subscriberOptin, subscriberOptin), or(edit.subscriberOptout, subscriberOptout),
                or(edit.subscriberHelp, subscriberHelp), or(edit.embeddedLink, embeddedLink),
                or(edit.embeddedLinkSample, embeddedLinkSample), or(edit.embeddedPhone, embeddedPhone),
                or(edit.numberPool, numberPool), or(edit.ageGated, ageGated), or(edit.directLending, directLending),
                or(edit.affiliateMarketing, affiliateMarketing), or(edit.privacyPolicyLink, privacyPolicyLink),
                or(edit.termsAndConditionsLink, termsAndConditionsLink), or(edit.autoRenewal, autoRenewal),
                or(edit.referenceId, referenceId));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}

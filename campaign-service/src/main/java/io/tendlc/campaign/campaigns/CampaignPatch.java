package io.tendlc.campaign.campaigns;

import java.util.List;

/**
 * An edit of a campaign: absent (null) fields stay as they are. The brand cannot change. The merged campaign is
 * validated like a new one.
 */
record CampaignPatch(String usecase, List<String> subUsecases, String description, String messageFlow,
                     List<String> samples, String helpMessage, String optinMessage, String optoutMessage,
                     List<String> helpKeywords, List<String> optinKeywords, List<String> optoutKeywords,
                     Boolean subscriberOptin, Boolean subscriberOptout, Boolean subscriberHelp, Boolean embeddedLink,
                     String embeddedLinkSample, Boolean embeddedPhone, Boolean numberPool, Boolean ageGated,
                     Boolean directLending, Boolean affiliateMarketing, String privacyPolicyLink,
                     String termsAndConditionsLink, Boolean autoRenewal) {

    static final CampaignPatch NONE = new CampaignPatch(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    CampaignForm applyTo(CampaignForm f) {
        return new CampaignForm(f.brandId(), or(usecase, f.usecase()), or(subUsecases, f.subUsecases()),
                or(description, f.description()), or(messageFlow, f.messageFlow()), or(samples, f.samples()),
                or(helpMessage, f.helpMessage()), or(optinMessage, f.optinMessage()),
                or(optoutMessage, f.optoutMessage()), or(helpKeywords, f.helpKeywords()),
                or(optinKeywords, f.optinKeywords()), or(optoutKeywords, f.optoutKeywords()),
                or(subscriberOptin, f.subscriberOptin()), or(subscriberOptout, f.subscriberOptout()),
                or(subscriberHelp, f.subscriberHelp()), or(embeddedLink, f.embeddedLink()),
                or(embeddedLinkSample, f.embeddedLinkSample()), or(embeddedPhone, f.embeddedPhone()),
                or(numberPool, f.numberPool()), or(ageGated, f.ageGated()), or(directLending, f.directLending()),
                or(affiliateMarketing, f.affiliateMarketing()), or(privacyPolicyLink, f.privacyPolicyLink()),
                or(termsAndConditionsLink, f.termsAndConditionsLink()), or(autoRenewal, f.autoRenewal()));
    }

    private static <T> T or(T value, T current) {
        return value != null ? value : current;
    }
}

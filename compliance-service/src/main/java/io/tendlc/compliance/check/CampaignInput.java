package io.tendlc.compliance.check;

import io.tendlc.compliance.rules.CampaignSubmission;
import jakarta.validation.constraints.Size;

import java.util.List;

import static io.tendlc.compliance.check.CheckRequest.LIST;
import static io.tendlc.compliance.check.CheckRequest.SHORT;
import static io.tendlc.compliance.check.CheckRequest.TEXT;

/**
 * A campaign as it would be submitted (campaign-service's fields, without brandId); every field may be missing, as
 * while the user is still typing. Missing flags count as false. Sizes are capped only against abuse.
 */
record CampaignInput(@Size(max = SHORT) String usecase,
                     @Size(max = LIST) List<@Size(max = SHORT) String> subUsecases,
                     @Size(max = TEXT) String description,
                     @Size(max = TEXT) String messageFlow,
                     @Size(max = LIST) List<@Size(max = TEXT) String> samples,
                     @Size(max = TEXT) String helpMessage,
                     @Size(max = TEXT) String optinMessage,
                     @Size(max = TEXT) String optoutMessage,
                     @Size(max = LIST) List<@Size(max = SHORT) String> helpKeywords,
                     @Size(max = LIST) List<@Size(max = SHORT) String> optinKeywords,
                     @Size(max = LIST) List<@Size(max = SHORT) String> optoutKeywords,
                     Boolean subscriberOptin, Boolean subscriberOptout, Boolean subscriberHelp,
                     Boolean embeddedLink, @Size(max = TEXT) String embeddedLinkSample, Boolean embeddedPhone,
                     Boolean numberPool, Boolean ageGated, Boolean directLending, Boolean affiliateMarketing,
                     @Size(max = TEXT) String privacyPolicyLink, @Size(max = TEXT) String termsAndConditionsLink,
                     Boolean autoRenewal) {

    CampaignSubmission toSubmission() {
        return new CampaignSubmission(usecase, subUsecases, description, messageFlow, samples, helpMessage,
                optinMessage, optoutMessage, helpKeywords, optinKeywords, optoutKeywords, on(subscriberOptin),
                on(subscriberOptout), on(subscriberHelp), on(embeddedLink), embeddedLinkSample, on(embeddedPhone),
                on(numberPool), on(ageGated), on(directLending), on(affiliateMarketing), privacyPolicyLink,
                termsAndConditionsLink, on(autoRenewal));
    }

    private static boolean on(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}

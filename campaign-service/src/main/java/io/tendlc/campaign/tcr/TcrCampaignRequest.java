package io.tendlc.campaign.tcr;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A campaign as TCR's {@code POST /campaignBuilder} and {@code PUT /campaign/{id}} take it: TCR's field names,
 * keywords as comma-separated strings, samples as sample1..sample5. TCR merges a PUT into what it has, so an edit
 * sends an empty string for a field it clears; absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TcrCampaignRequest(String brandId, String usecase, List<String> subUsecases, String description,
                                 String messageFlow, String sample1, String sample2, String sample3, String sample4,
                                 String sample5, String helpMessage, String optinMessage, String optoutMessage,
                                 String helpKeywords, String optinKeywords, String optoutKeywords,
                                 Boolean subscriberOptin, Boolean subscriberOptout, Boolean subscriberHelp,
                                 Boolean embeddedLink, String embeddedLinkSample, Boolean embeddedPhone, Boolean numberPool, Boolean ageGated,
                                 Boolean directLending, Boolean affiliateMarketing, String privacyPolicyLink,
                                 String termsAndConditionsLink, Boolean autoRenewal, String referenceId) {
}

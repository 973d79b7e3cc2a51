package io.tendlc.compliance.rules;

import java.util.List;

/**
 * A 10DLC campaign as it would be submitted to TCR. Lists may be null (treated as empty). {@code samples} are
 * TCR's sample1..sample5 in order.
 */
public record CampaignSubmission(String usecase, List<String> subUsecases, String description, String messageFlow,
                                 List<String> samples, String helpMessage, String optinMessage,
                                 String optoutMessage, List<String> helpKeywords, List<String> optinKeywords,
                                 List<String> optoutKeywords, boolean subscriberOptin, boolean subscriberOptout,
                                 boolean subscriberHelp, boolean embeddedLink, String embeddedLinkSample,
                                 boolean embeddedPhone, boolean numberPool, boolean ageGated, boolean directLending,
                                 boolean affiliateMarketing, String privacyPolicyLink, String termsAndConditionsLink,
                                 boolean autoRenewal) {
}

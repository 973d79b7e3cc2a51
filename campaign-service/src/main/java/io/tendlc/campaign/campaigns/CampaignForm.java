package io.tendlc.campaign.campaigns;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tendlc.compliance.rules.CampaignSubmission;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A 10DLC campaign as the API takes it (and as it is kept): every field TCR's campaign builder has. Bean Validation
 * checks the shape; what carriers would reject (vague descriptions, samples without opt-out, URL shorteners…) is the
 * compliance check's, which lists every problem at once.
 */
record CampaignForm(
        @NotNull UUID brandId,
        @NotBlank @Pattern(regexp = USECASE, message = "must be a TCR use case such as MARKETING") String usecase,
        @Size(max = 5) List<@NotBlank @Pattern(regexp = USECASE, message = "must be a TCR use case") String> subUsecases,
        @NotBlank @Size(max = 4096) String description,
        @NotBlank @Size(max = 2048) String messageFlow,
        @NotNull @Size(min = 2, max = 5, message = "must hold 2 to 5 sample messages")
        @Schema(description = "2 to 5 sample messages (TCR's sample1..sample5)")
        List<@NotBlank @Size(max = 1024) String> samples,
        @Size(max = 320) String helpMessage,
        @Size(max = 320) String optinMessage,
        @Size(max = 320) String optoutMessage,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = KEYWORD, message = KEYWORD_MESSAGE) String> helpKeywords,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = KEYWORD, message = KEYWORD_MESSAGE) String> optinKeywords,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = KEYWORD, message = KEYWORD_MESSAGE) String> optoutKeywords,
        Boolean subscriberOptin,
        Boolean subscriberOptout,
        Boolean subscriberHelp,
        Boolean embeddedLink,
        @Size(max = 255) String embeddedLinkSample,
        Boolean embeddedPhone,
        Boolean numberPool,
        Boolean ageGated,
        Boolean directLending,
        Boolean affiliateMarketing,
        @Size(max = 255) @Pattern(regexp = LINK, message = LINK_MESSAGE) String privacyPolicyLink,
        @Size(max = 255) @Pattern(regexp = LINK, message = LINK_MESSAGE) String termsAndConditionsLink,
        @Schema(description = "renew the campaign at TCR every period (default true)") Boolean autoRenewal) {

    static final String USECASE = "^[A-Z0-9_]{2,40}$";
    static final String KEYWORD = "^[^,\\s][^,]{0,29}$";
    static final String KEYWORD_MESSAGE = "must be 1 to 30 characters without commas";
    static final String LINK = "^https?://\\S+$";
    static final String LINK_MESSAGE = "must be an http(s) URL";

    /** Absent lists empty, absent flags false (auto-renewal true), texts trimmed. */
    CampaignForm normalized() {
        return new CampaignForm(brandId, trim(usecase), list(subUsecases), trim(description), trim(messageFlow),
                list(samples), trim(helpMessage), trim(optinMessage), trim(optoutMessage), list(helpKeywords),
                list(optinKeywords), list(optoutKeywords), flag(subscriberOptin), flag(subscriberOptout),
                flag(subscriberHelp), flag(embeddedLink), trim(embeddedLinkSample), flag(embeddedPhone),
                flag(numberPool), flag(ageGated), flag(directLending), flag(affiliateMarketing),
                trim(privacyPolicyLink), trim(termsAndConditionsLink), autoRenewal == null || autoRenewal);
    }

    CampaignSubmission submission() {
        CampaignForm f = normalized();
        return new CampaignSubmission(f.usecase, f.subUsecases, f.description, f.messageFlow, f.samples, f.helpMessage,
                f.optinMessage, f.optoutMessage, f.helpKeywords, f.optinKeywords, f.optoutKeywords, f.subscriberOptin,
                f.subscriberOptout, f.subscriberHelp, f.embeddedLink, f.embeddedLinkSample, f.embeddedPhone,
                f.numberPool, f.ageGated, f.directLending, f.affiliateMarketing, f.privacyPolicyLink,
                f.termsAndConditionsLink, f.autoRenewal);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip).toList();
    }

    private static boolean flag(Boolean b) {
        return b != null && b;
    }
}

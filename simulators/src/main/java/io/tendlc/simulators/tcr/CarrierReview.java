package io.tendlc.simulators.tcr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated decision of each carrier (MNO) on a campaign, by fixed rules: a public URL shortener in the
 * description or a sample, or SHAFT content without an age gate, is REJECTED by every carrier (tobacco,
 * vaping and cannabis even with one); a POLITICAL campaign stays in REVIEW; anything else is APPROVED.
 */
final class CarrierReview {

    private static final Pattern URL_SHORTENER = Pattern.compile(
            "(?<![\\w.-])(bit\\.ly|tinyurl\\.com|goo\\.gl|t\\.co|ow\\.ly|is\\.gd|buff\\.ly)(?![\\w-]|\\.\\w)",
            Pattern.CASE_INSENSITIVE);
    /** Sex, alcohol and firearms: allowed only behind an age gate. */
    private static final Pattern AGE_GATED_CONTENT = Pattern.compile(
            "\\b(alcohol|beer|wine|liquor|vodka|whiskey|tequila|rum|firearms?|guns?|ammo|ammunition|rifles?|"
                    + "pistols?|sex|sexy|porn|xxx|escort)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Tobacco, vaping and cannabis: never allowed, and hate speech neither. */
    private static final Pattern PROHIBITED_CONTENT = Pattern.compile(
            "\\b(tobacco|cigarettes?|cigars?|vapes?|vaping|e-cig(arette)?s?|cannabis|marijuana|cbd|thc|"
                    + "hate speech)\\b",
            Pattern.CASE_INSENSITIVE);

    record Decision(String status, String reason) {
    }

    private CarrierReview() {
    }

    static Decision decide(CampaignRequest campaign, Carrier carrier, TcrKnobs knobs) {
        String forced = knobs.forcedCarrierStatus(carrier);
        if (forced != null) {
            return new Decision(forced, "APPROVED".equals(forced) || "REVIEW".equals(forced) ? null
                    : carrier.displayName() + ": " + forced.toLowerCase(Locale.ROOT) + " (forced)");
        }
        String rejection = rejectionReason(campaign);
        if (rejection != null) {
            return new Decision("REJECTED", rejection);
        }
        if ("POLITICAL".equals(campaign.usecase())) {
            return new Decision("REVIEW", "Political campaigns need manual carrier review");
        }
        return new Decision("APPROVED", null);
    }

    /** Why every carrier rejects the campaign, or null. */
    static String rejectionReason(CampaignRequest campaign) {
        List<String> texts = new ArrayList<>();
        if (campaign.description() != null) {
            texts.add(campaign.description());
        }
        texts.addAll(campaign.samples());
        for (String text : texts) {
            Matcher shortener = URL_SHORTENER.matcher(text);
            if (shortener.find()) {
                return "Public URL shortener (" + shortener.group(1).toLowerCase(Locale.ROOT)
                        + ") in the message content";
            }
        }
        for (String text : texts) {
            Matcher prohibited = PROHIBITED_CONTENT.matcher(text);
            if (prohibited.find()) {
                return "Prohibited content (" + prohibited.group(1).toLowerCase(Locale.ROOT) + ")";
            }
        }
        if (!campaign.isAgeGated()) {
            for (String text : texts) {
                Matcher shaft = AGE_GATED_CONTENT.matcher(text);
                if (shaft.find()) {
                    return "SHAFT content (" + shaft.group(1).toLowerCase(Locale.ROOT) + ") without age gate";
                }
            }
        }
        return null;
    }
}

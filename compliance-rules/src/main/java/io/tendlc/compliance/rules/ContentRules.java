package io.tendlc.compliance.rules;

import java.util.ArrayList;
import java.util.List;

import static io.tendlc.compliance.rules.Text.blank;

/** What the messages are about: SHAFT content, high-risk financial services, lending, affiliate marketing. */
final class ContentRules {

    static void shaftProhibited(CampaignContext c, List<Finding> out) {
        for (var f : contentFields(c)) {
            String sexual = Text.find(Vocabulary.SEXUAL, f.value());
            String hate = Text.find(Vocabulary.HATE, f.value());
            String tobacco = Text.find(Vocabulary.TOBACCO_CANNABIS, f.value());
            if (sexual != null || hate != null) {
                out.add(Rules.SHAFT_PROHIBITED.error(f.name(), "Mentions " + Text.quote(sexual != null ? sexual
                        : hate) + ": sexual and hateful content is not allowed on 10DLC, with or without an age "
                        + "gate, and carriers refuse such campaigns for good."));
            } else if (tobacco != null) {
                out.add(Rules.SHAFT_PROHIBITED.error(f.name(), "Mentions " + Text.quote(tobacco) + ": tobacco, vape "
                        + "and cannabis (incl. CBD) content is never allowed on 10DLC, even behind an age gate; "
                        + "carriers refuse such campaigns for good."));
            }
        }
    }

    static void shaftAgeGate(CampaignContext c, List<Finding> out) {
        if (c.campaign.ageGated()) {
            return;
        }
        for (var f : contentFields(c)) {
            String alcohol = Text.find(Vocabulary.ALCOHOL, f.value());
            String firearms = Text.find(Vocabulary.FIREARMS, f.value());
            if (alcohol != null || firearms != null) {
                out.add(Rules.SHAFT_AGE_GATE.error(f.name(), "Mentions " + Text.quote(alcohol != null ? alcohol
                        : firearms) + ": alcohol and firearms content is allowed only behind a 21+ age gate that "
                        + "checks the full date of birth at opt-in. Set ageGated to true and describe the age check "
                        + "in the message flow, or remove the content; carriers refuse it otherwise."));
            }
        }
    }

    static void highRiskFinancial(CampaignContext c, List<Finding> out) {
        for (var f : contentFields(c)) {
            String found = Text.find(Vocabulary.HIGH_RISK_FINANCIAL, f.value());
            if (found != null) {
                out.add(Rules.HIGH_RISK_FINANCIAL.error(f.name(), "Mentions " + Text.quote(found) + ": high-risk "
                        + "financial services (payday loans, debt relief, credit repair, crypto), gambling and "
                        + "get-rich-quick schemes are not allowed on 10DLC; carriers refuse such campaigns for good."));
            }
        }
    }

    static void directLending(CampaignContext c, List<Finding> out) {
        if (c.campaign.directLending()) {
            out.add(Rules.DIRECT_LENDING.warning("directLending", "Lending campaigns get close carrier review: only "
                    + "first-party loans by a licensed lender, no third-party or payday loans; describe the lender "
                    + "and its licence in the description."));
            return;
        }
        for (var f : contentFields(c)) {
            String found = Text.find(Vocabulary.LENDING, f.value());
            if (found != null) {
                out.add(Rules.DIRECT_LENDING.warning("directLending", f.name() + " mentions " + Text.quote(found)
                        + "; if the campaign is about loans or lending, set directLending to true."));
                return;
            }
        }
    }

    static void affiliateMarketing(CampaignContext c, List<Finding> out) {
        if (c.campaign.affiliateMarketing()) {
            out.add(Rules.AFFILIATE_MARKETING.error("affiliateMarketing", "Carriers do not allow affiliate "
                    + "marketing on 10DLC: consent given to this brand cannot be used for other brands' offers. "
                    + "Send only the brand's own messages and set affiliateMarketing to false."));
        }
    }

    private static List<CampaignContext.Field> contentFields(CampaignContext c) {
        List<CampaignContext.Field> fields = new ArrayList<>();
        if (!blank(c.campaign.description())) {
            fields.add(new CampaignContext.Field("description", c.campaign.description()));
        }
        if (!blank(c.campaign.messageFlow())) {
            fields.add(new CampaignContext.Field("messageFlow", c.campaign.messageFlow()));
        }
        fields.addAll(c.messages());
        return fields;
    }

    private ContentRules() {
    }
}

package io.tendlc.compliance.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.tendlc.compliance.rules.Text.blank;

/** HELP, opt-in and opt-out: the keywords subscribers text and the replies they get. */
final class KeywordRules {

    static void subscriberFlags(CampaignContext c, List<Finding> out) {
        if (!c.campaign.subscriberOptout()) {
            out.add(Rules.SUBSCRIBER_FLAGS.error("subscriberOptout", "Every campaign must honour opt-outs (STOP); "
                    + "set subscriberOptout to true."));
        }
        if (!c.campaign.subscriberHelp()) {
            out.add(Rules.SUBSCRIBER_FLAGS.error("subscriberHelp", "Every campaign must answer HELP with its help "
                    + "message; set subscriberHelp to true."));
        }
    }

    static void helpMessage(CampaignContext c, List<Finding> out) {
        String m = c.campaign.helpMessage();
        if (!replyLength(Rules.HELP_MESSAGE, "helpMessage", m, "e.g. \"" + c.brandName() + ": for help call "
                + "[phone] or email [email]. Msg frequency varies. Reply STOP to opt out.\"", out)) {
            return;
        }
        if (!c.namesBrand(m)) {
            out.add(Rules.HELP_MESSAGE.error("helpMessage", "The help message must name the brand (\""
                    + c.brandName() + "\") so the subscriber knows who is texting."));
        }
        if (!Text.hasPhone(m) && !Text.hasEmail(m) && Text.links(m).isEmpty()
                && Vocabulary.CONTACT_WORDS.matcher(m).results().findAny().isEmpty()) {
            out.add(Rules.HELP_MESSAGE.error("helpMessage", "The help message must say how to reach the brand: a "
                    + "support phone number, email address or website."));
        }
    }

    static void optInMessage(CampaignContext c, List<Finding> out) {
        String m = c.campaign.optinMessage();
        boolean expected = c.campaign.subscriberOptin() || !keywords(c.campaign.optinKeywords()).isEmpty();
        if (blank(m) && !expected) {
            return;
        }
        if (!replyLength(Rules.OPT_IN_MESSAGE, "optinMessage", m, "Confirm the subscription, e.g. \""
                + c.brandName() + ": you are subscribed to [program]. Msg frequency varies. Msg & data rates may "
                + "apply. Reply HELP for help, STOP to opt out.\"", out)) {
            return;
        }
        if (!c.namesBrand(m)) {
            out.add(Rules.OPT_IN_MESSAGE.warning("optinMessage", "The opt-in confirmation should name the brand (\""
                    + c.brandName() + "\")."));
        }
        if (!Vocabulary.OPT_OUT_LANGUAGE.matcher(m).find()) {
            out.add(Rules.OPT_IN_MESSAGE.warning("optinMessage", "The opt-in confirmation should say how to opt "
                    + "out (\"Reply STOP to opt out\")."));
        }
    }

    static void optOutMessage(CampaignContext c, List<Finding> out) {
        String m = c.campaign.optoutMessage();
        if (!replyLength(Rules.OPT_OUT_MESSAGE, "optoutMessage", m, "e.g. \"" + c.brandName() + ": you are "
                + "unsubscribed and will receive no more messages.\"", out)) {
            return;
        }
        if (!Vocabulary.OPT_OUT_CONFIRMATION.matcher(m).find()) {
            out.add(Rules.OPT_OUT_MESSAGE.error("optoutMessage", "The opt-out message must confirm the opt-out, "
                    + "e.g. \"you are unsubscribed and will receive no more messages\" (and nothing promotional)."));
        }
        if (!c.namesBrand(m)) {
            out.add(Rules.OPT_OUT_MESSAGE.error("optoutMessage", "The opt-out message must name the brand (\""
                    + c.brandName() + "\")."));
        }
    }

    static void optOutKeywords(CampaignContext c, List<Finding> out) {
        if (!keywords(c.campaign.optoutKeywords()).contains("STOP")) {
            out.add(Rules.OPT_OUT_KEYWORDS.error("optoutKeywords", "Opt-out keywords must include STOP (better: "
                    + String.join(", ", Vocabulary.FCC_OPT_OUT_KEYWORDS) + ")."));
        }
    }

    static void fccOptOutKeywords(CampaignContext c, List<Finding> out) {
        Set<String> given = keywords(c.campaign.optoutKeywords());
        if (!given.contains("STOP")) {
            return; // opt-out-keywords already refuses it
        }
        List<String> missing = Vocabulary.FCC_OPT_OUT_KEYWORDS.stream().filter(k -> !given.contains(k)).toList();
        if (!missing.isEmpty()) {
            out.add(Rules.OPT_OUT_KEYWORDS_FCC.warning("optoutKeywords", "Since April 2025 the FCC requires honouring "
                    + "any reasonable opt-out request; add " + String.join(", ", missing) + " to the opt-out "
                    + "keywords (the platform honours them anyway)."));
        }
    }

    static void helpKeywords(CampaignContext c, List<Finding> out) {
        if (!keywords(c.campaign.helpKeywords()).contains("HELP")) {
            out.add(Rules.HELP_KEYWORDS.error("helpKeywords", "Help keywords must include HELP (INFO is a common "
                    + "second one)."));
        }
    }

    static void keywordConflicts(CampaignContext c, List<Finding> out) {
        Set<String> optin = keywords(c.campaign.optinKeywords());
        Set<String> optout = keywords(c.campaign.optoutKeywords());
        Set<String> help = keywords(c.campaign.helpKeywords());
        conflict("optinKeywords", optin, "opt-out", optout, out);
        conflict("helpKeywords", help, "opt-out", optout, out);
        conflict("optinKeywords", optin, "help", help, out);
    }

    private static void conflict(String field, Set<String> a, String otherName, Set<String> b, List<Finding> out) {
        List<String> both = new ArrayList<>(a);
        both.retainAll(b);
        if (!both.isEmpty()) {
            out.add(Rules.KEYWORD_CONFLICT.error(field, String.join(", ", both) + (both.size() == 1 ? " is" : " are")
                    + " also among the " + otherName + " keywords; a keyword can mean only one thing."));
        }
    }

    /** Keywords upper-cased, with TCR's comma-separated form split. */
    static Set<String> keywords(List<String> given) {
        Set<String> keywords = new LinkedHashSet<>();
        if (given != null) {
            for (String entry : given) {
                if (entry != null) {
                    for (String k : entry.split(",")) {
                        if (!k.isBlank()) {
                            keywords.add(Text.upper(k));
                        }
                    }
                }
            }
        }
        return keywords;
    }

    /** Reports a missing or badly sized reply; true when the reply is there to check further. */
    private static boolean replyLength(Rule rule, String field, String value, String hint, List<Finding> out) {
        int n = Text.length(value);
        if (n == 0) {
            out.add(rule.error(field, field + " is required (20 to 320 characters); " + hint));
            return false;
        }
        if (n < 20 || n > 320) {
            out.add(rule.error(field, field + " has " + n + " characters; it must have 20 to 320."));
        }
        return true;
    }

    private KeywordRules() {
    }
}

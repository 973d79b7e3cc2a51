package io.tendlc.compliance.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import static io.tendlc.compliance.rules.Text.blank;
import static io.tendlc.compliance.rules.Text.length;

/** What the campaign is and how its subscribers agree to it: description and message flow (call to action). */
final class ConsentRules {

    static void descriptionLength(CampaignContext c, List<Finding> out) {
        lengthBetween(Rules.DESCRIPTION_LENGTH, "description", c.campaign.description(), 40, 4096,
                "Describe who sends the messages, to whom, and why", out);
    }

    static void descriptionVague(CampaignContext c, List<Finding> out) {
        String d = c.campaign.description();
        if (blank(d)) {
            return;
        }
        if (Vocabulary.LOREM_IPSUM.matcher(d).find()) {
            out.add(Rules.DESCRIPTION_VAGUE.error("description", "The description is placeholder text (lorem ipsum). "
                    + "Describe the real campaign: who the brand is, who receives the messages and what they are "
                    + "about."));
            return;
        }
        Set<String> meaningful = new LinkedHashSet<>();
        for (String w : Text.words(d)) {
            if (w.length() >= 3 && !Vocabulary.FILLER.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                meaningful.add(w);
            }
        }
        if (meaningful.size() < 6) {
            out.add(Rules.DESCRIPTION_VAGUE.error("description", "The description is too vague for carriers' "
                    + "reviewers (" + meaningful.size() + " meaningful words). Say who the brand is, who receives "
                    + "the messages, what they are about and how often, e.g. \"Acme Dental sends appointment "
                    + "reminders and rescheduling links to patients who opted in at booking.\""));
        }
    }

    static void messageFlowLength(CampaignContext c, List<Finding> out) {
        lengthBetween(Rules.MESSAGE_FLOW_LENGTH, "messageFlow", c.campaign.messageFlow(), 40, 2048,
                "Describe every way a subscriber opts in, with the disclosure they see", out);
    }

    static void consentMethod(CampaignContext c, List<Finding> out) {
        String flow = c.campaign.messageFlow();
        if (!blank(flow) && !Vocabulary.CONSENT_METHOD.matcher(flow).find()) {
            out.add(Rules.MESSAGE_FLOW_CONSENT_METHOD.error("messageFlow", "The message flow does not say how "
                    + "subscribers opt in. Name each method — a web form with an unchecked SMS checkbox (give its "
                    + "URL), a keyword texted to the number, a paper form, verbal consent recorded by staff… — and "
                    + "quote the disclosure shown at that point."));
        }
    }

    static void consentBuriedInTerms(CampaignContext c, List<Finding> out) {
        for (String field : new String[] {"messageFlow", "description"}) {
            String text = field.equals("messageFlow") ? c.campaign.messageFlow() : c.campaign.description();
            if (blank(text)) {
                continue;
            }
            for (var pattern : Vocabulary.CONSENT_IN_TERMS) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    out.add(Rules.CONSENT_BURIED_IN_TERMS.error(field, "Consent is buried in terms or implied by "
                            + "using the service (" + Text.quote(m.group()) + "). Carriers require a separate, "
                            + "optional SMS consent: an unchecked checkbox or keyword opt-in with its own disclosure, "
                            + "not acceptance of terms of service."));
                    break;
                }
            }
        }
    }

    static void consentNotAffirmative(CampaignContext c, List<Finding> out) {
        String flow = c.campaign.messageFlow();
        if (blank(flow)) {
            return;
        }
        String found = Text.findAffirmed(Vocabulary.NOT_AFFIRMATIVE, flow);
        if (found == null) {
            found = Text.findAffirmed(Vocabulary.CONDITION_OF_PURCHASE, flow);
        }
        if (found != null) {
            out.add(Rules.CONSENT_NOT_AFFIRMATIVE.error("messageFlow", "Opt-in must be an optional, affirmative act "
                    + "(" + Text.quote(found) + " is not). Use an unchecked SMS checkbox that is not required to "
                    + "submit the form, and state that consent is not a condition of purchase."));
        }
    }

    static void consentShared(CampaignContext c, List<Finding> out) {
        for (String field : new String[] {"messageFlow", "description"}) {
            String text = field.equals("messageFlow") ? c.campaign.messageFlow() : c.campaign.description();
            String found = Text.findAffirmed(Vocabulary.CONSENT_SHARED, text);
            if (found != null) {
                out.add(Rules.CONSENT_SHARED.error(field, "Consent cannot come from purchased, rented or shared "
                        + "lists, nor be passed to partners (" + Text.quote(found) + "). Message only people who "
                        + "opted in to this brand directly."));
            }
        }
    }

    static void disclosures(CampaignContext c, List<Finding> out) {
        String flow = c.campaign.messageFlow();
        if (blank(flow) || length(flow) < 40) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!Vocabulary.FREQUENCY.matcher(flow).find()) {
            missing.add("message frequency (\"Msg frequency varies\")");
        }
        if (!Vocabulary.RATES.matcher(flow).find()) {
            missing.add("\"Msg & data rates may apply\"");
        }
        if (!Vocabulary.OPT_OUT_LANGUAGE.matcher(flow).find()) {
            missing.add("how to opt out (\"Reply STOP to opt out\")");
        }
        if (!Vocabulary.HELP_LANGUAGE.matcher(flow).find()) {
            missing.add("how to get help (\"Reply HELP for help\")");
        }
        if (!missing.isEmpty()) {
            out.add(Rules.MESSAGE_FLOW_DISCLOSURES.warning("messageFlow", "Quote the full opt-in disclosure; it "
                    + "should state " + String.join(", ", missing) + "."));
        }
    }

    static void lengthBetween(Rule rule, String field, String value, int min, int max, String hint,
                              List<Finding> out) {
        int n = length(value);
        if (n == 0) {
            out.add(rule.error(field, field + " is required. " + hint + " (" + min + " to " + max
                    + " characters)."));
        } else if (n < min) {
            out.add(rule.error(field, field + " has " + n + " characters; it needs at least " + min + ". " + hint
                    + "."));
        } else if (n > max) {
            out.add(rule.error(field, field + " has " + n + " characters; at most " + max + " are allowed. Shorten "
                    + "it."));
        }
    }

    private ConsentRules() {
    }
}

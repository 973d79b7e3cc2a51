package io.tendlc.compliance.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/** The sample messages: how many, how long, who they name, how to opt out, and whether they fit the use case. */
final class SampleRules {

    private static final Set<String> NON_PROMOTIONAL = Set.of("2FA", "ACCOUNT_NOTIFICATION", "CUSTOMER_CARE",
            "DELIVERY_NOTIFICATION", "FRAUD_ALERT", "SECURITY_ALERT", "POLLING_VOTING", "PUBLIC_SERVICE_ANNOUNCEMENT",
            "HIGHER_EDUCATION", "K12_EDUCATION", "EMERGENCY", "MIXED", "LOW_VOLUME");
    private static final Set<String> CALL_TO_ACTION_WORDS = Set.of("reply", "text", "txt", "respond", "yes", "ok",
            "okay", "start", "join", "confirm", "stop", "opt", "optout", "unsubscribe", "help", "msg", "msgs", "data",
            "rates", "may", "apply", "frequency", "freq", "varies", "please", "now", "here", "cancel", "end", "quit",
            "info", "today", "get", "want", "would", "like", "interested");

    static void count(CampaignContext c, List<Finding> out) {
        int n = c.samples.size();
        if (n < 2 || n > 5) {
            out.add(Rules.SAMPLE_COUNT.error("samples", "Give 2 to 5 sample messages (there are " + n + "), one for "
                    + "each kind of message the campaign sends, written exactly as subscribers will receive them."));
        }
    }

    static void length(CampaignContext c, List<Finding> out) {
        for (var s : c.samples) {
            int n = Text.length(s.value());
            if (n < 20) {
                out.add(Rules.SAMPLE_LENGTH.error(s.name(), "This sample has " + n + " characters; write the full "
                        + "message as sent (at least 20 characters)."));
            } else if (n > 1024) {
                out.add(Rules.SAMPLE_LENGTH.error(s.name(), "This sample has " + n + " characters; at most 1024 are "
                        + "allowed."));
            }
        }
    }

    static void namesBrand(CampaignContext c, List<Finding> out) {
        if (!c.samples.isEmpty() && c.samples.stream().noneMatch(s -> c.namesBrand(s.value()))) {
            out.add(Rules.SAMPLE_MISSING_BRAND.error("samples", "No sample names the brand. Start at least one "
                    + "sample (and the first message a subscriber gets) with \"" + c.brandName() + ":\" so "
                    + "recipients know who is texting."));
        }
    }

    static void optOutLanguage(CampaignContext c, List<Finding> out) {
        if (!c.samples.isEmpty()
                && c.samples.stream().noneMatch(s -> Vocabulary.OPT_OUT_LANGUAGE.matcher(s.value()).find())) {
            out.add(Rules.SAMPLE_MISSING_OPT_OUT.error("samples", "No sample says how to opt out. Add \"Reply STOP "
                    + "to opt out\" to at least one sample (and to the first message a subscriber gets)."));
        }
    }

    static void placeholders(CampaignContext c, List<Finding> out) {
        List<CampaignContext.Field> fields = new java.util.ArrayList<>(c.messages());
        if (!Text.blank(c.campaign.embeddedLinkSample())) {
            fields.add(new CampaignContext.Field("embeddedLinkSample", c.campaign.embeddedLinkSample()));
        }
        for (var f : fields) {
            String found = Text.find(Vocabulary.TEMPLATE_PLACEHOLDER, f.value());
            if (found != null) {
                out.add(Rules.TEMPLATE_PLACEHOLDER.error(f.name(), "Write template fields in square brackets: "
                        + found + " should read [" + found.replaceAll("[^\\w .-]", "").strip() + "]."));
            }
        }
    }

    static void duplicates(CampaignContext c, List<Finding> out) {
        Map<String, String> seen = new HashMap<>();
        for (var s : c.samples) {
            String key = Text.normalize(s.value());
            String first = seen.putIfAbsent(key, s.name());
            if (first != null) {
                out.add(Rules.SAMPLE_DUPLICATE.warning(s.name(), "This sample repeats " + first + "; show a "
                        + "different kind of message the campaign sends."));
            }
        }
    }

    static void callToActionPurpose(CampaignContext c, List<Finding> out) {
        Set<String> brandWords = new HashSet<>();
        c.brandNames.forEach(n -> brandWords.addAll(Text.words(n)));
        for (var s : c.samples) {
            if (!Vocabulary.CALL_TO_ACTION.matcher(s.value()).find()) {
                continue;
            }
            long context = Text.words(s.value()).stream().distinct()
                    .filter(w -> w.length() >= 3 && !Vocabulary.FILLER.contains(w)
                            && !CALL_TO_ACTION_WORDS.contains(w) && !brandWords.contains(w))
                    .count();
            if (context < 3) {
                out.add(Rules.CALL_TO_ACTION_WITHOUT_PURPOSE.warning(s.name(), "This sample asks for a reply without "
                        + "saying what it is for. Say what replying does, e.g. \"Reply YES to confirm your "
                        + "appointment on [date] at [time]\"."));
            }
        }
    }

    static void matchesUsecase(CampaignContext c, List<Finding> out) {
        if (!NON_PROMOTIONAL.contains(c.usecase) || c.marketing()) {
            return;
        }
        for (var s : c.samples) {
            String promo = Text.find(Vocabulary.PROMOTIONAL, s.value());
            if (promo != null) {
                out.add(Rules.SAMPLE_USECASE_MISMATCH.error(s.name(), "This sample promotes (" + Text.quote(promo)
                        + ") but the use case is " + c.usecase + ". Carriers reject samples that do not match the use "
                        + "case: remove the promotion, or register MARKETING (or MIXED with MARKETING)."));
            }
        }
    }

    static void twoFactorCode(CampaignContext c, List<Finding> out) {
        if (c.usecase.equals("2FA") && !c.samples.isEmpty()
                && c.samples.stream().noneMatch(s -> Vocabulary.ONE_TIME_CODE.matcher(s.value()).find())) {
            out.add(Rules.SAMPLE_2FA_WITHOUT_CODE.warning("samples", "A 2FA campaign's samples should show the "
                    + "one-time code, e.g. \"" + c.brandName() + ": your verification code is [code]. It expires in "
                    + "10 minutes.\""));
        }
    }

    private SampleRules() {
    }
}

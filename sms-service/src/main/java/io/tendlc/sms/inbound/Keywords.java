package io.tendlc.sms.inbound;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an inbound SMS asks for. The keywords (CTIA, Twilio's defaults and the FCC rule in force since 2025-04-11)
 * match when they are the whole message, in any case, with any whitespace and punctuation around them:
 * STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT and "OPT OUT" opt out; HELP and INFO ask for
 * help; START, UNSTOP and YES opt back in.
 *
 * <p>The FCC rule also counts "any other clear request to stop". A phrase counts here when the whole message is
 * such a request and nothing else: "stop texting me", "please unsubscribe me", "remove me from your list",
 * "don't text me anymore", "stop please". Anything with more in it ("stop by the store", "cancel my appointment",
 * "I can't stop laughing", "please stop texting me about the sale, I'll come tomorrow") stays an ordinary message
 * for a person to read: a false opt-out silences someone who wanted the messages, so phrases are matched
 * conservatively, while the keywords themselves are matched exactly as the rule says.
 */
public final class Keywords {

    public enum Intent { OPT_OUT, HELP, OPT_IN, MESSAGE }

    /**
     * @param keyword the keyword matched (upper case, "OPT OUT" with one space), or for a phrase the whole request
     *                as normalized (upper case, single spaces); null for an ordinary message
     */
    public record Match(Intent intent, String keyword) {

        static final Match MESSAGE = new Match(Intent.MESSAGE, null);
    }

    private static final Map<String, Intent> KEYWORDS = Map.ofEntries(
            Map.entry("STOP", Intent.OPT_OUT), Map.entry("STOPALL", Intent.OPT_OUT),
            Map.entry("UNSUBSCRIBE", Intent.OPT_OUT), Map.entry("CANCEL", Intent.OPT_OUT),
            Map.entry("END", Intent.OPT_OUT), Map.entry("QUIT", Intent.OPT_OUT), Map.entry("REVOKE", Intent.OPT_OUT),
            Map.entry("OPTOUT", Intent.OPT_OUT), Map.entry("OPT OUT", Intent.OPT_OUT),
            Map.entry("HELP", Intent.HELP), Map.entry("INFO", Intent.HELP),
            Map.entry("START", Intent.OPT_IN), Map.entry("UNSTOP", Intent.OPT_IN), Map.entry("YES", Intent.OPT_IN));

    public static final Set<String> OPT_OUT_KEYWORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
            "REVOKE", "OPTOUT", "OPT OUT");

    /** Around a keyword: whitespace, punctuation, symbols (emoji too), control and format characters. */
    private static final Pattern EDGES = Pattern.compile("^[\\s\\p{P}\\p{S}\\p{Z}\\p{C}]+|[\\s\\p{P}\\p{S}\\p{Z}\\p{C}]+$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Inside a phrase: punctuation and symbols are separators (apostrophes vanish: "don't" → "dont"). */
    private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{P}\\p{S}\\p{Z}\\p{C}]+");

    private static final String POLITE_BEFORE = "(?:(?:please|pls|plz|kindly|ok|okay)\\s)?";
    private static final String POLITE_AFTER = "(?:\\s(?:please|pls|plz|now|thanks|thank you|thx|ty))*";
    private static final String TEXTS = "(?:texts?|txts?|messages?|msgs?|sms|texting|txting|messaging|msging)";
    private static final String SENDING = "(?:texting|txting|messaging|msging|contacting|sending|sending me|"
            + "sending me (?:these|those|the|your)?\\s?" + TEXTS + "|sending (?:these|those|the|your)\\s" + TEXTS + ")";
    private static final String LIST = "(?:(?:your|this|the|ur)\\s)?(?:(?:mailing|texting|text|sms|contact|message)\\s)?list";

    /** Whole-message requests to stop, lower case, words separated by single spaces. */
    private static final List<Pattern> STOP_REQUESTS = List.of(
            // "stop please", "please stop", "stop now", "end please", "quit it", "STOP STOP STOP"
            "(?:stop|stopall|unsubscribe|cancel|end|quit|revoke|optout|opt out)(?:\\sit)?",
            "(?:stop|stopall|unsubscribe|optout|opt out)(?:\\s(?:stop|stopall|unsubscribe|optout|opt out))+",
            "stop all",
            // "stop texting me", "please stop messaging me", "stop sending me texts", "stop contacting me"
            "(?:stop|quit|cease)\\s" + SENDING + "(?:\\s(?:me|this number|my number))?(?:\\s(?:again|anymore|any more))?",
            // "stop the texts", "stop these messages", "stop all texts", "no more texts"
            "(?:stop|end|cancel|no more)\\s(?:(?:all|the|these|those|your|ur)\\s)?(?:of\\s)?(?:(?:the|these|those|your)\\s)?" + TEXTS,
            // "unsubscribe me", "unsubscribe me from this list", "opt me out", "i want to opt out", "i want to unsubscribe"
            "(?:unsubscribe|opt out|remove)\\sme(?:\\s(?:from|off)\\s" + LIST + ")?",
            "unsubscribe(?:\\s(?:from|off)\\s" + LIST + ")",
            "opt me out",
            "(?:(?:i\\s)?(?:want|wanna|would like|need)|id like)\\s(?:to\\s)?(?:unsubscribe|opt out|stop (?:receiving\\s)?" + TEXTS + ")",
            // "remove me from your list", "take me off this list", "remove my number"
            "(?:remove|take)\\s(?:me|my number|this number)\\s(?:from|off)\\s(?:" + LIST + "|here)",
            "remove my number",
            // "don't text me", "do not text me again", "dont message me anymore", "don't contact me"
            "(?:dont|do not)\\s(?:text|txt|message|msg|contact|sms)\\sme(?:\\s(?:again|anymore|any more|ever again))?",
            "leave me alone")
            .stream().map(p -> Pattern.compile(POLITE_BEFORE + p + POLITE_AFTER)).toList();

    /**
     * Classifies one inbound body. Keywords win; a whole-message request to stop counts as an opt-out; everything
     * else is an ordinary message.
     */
    public static Match classify(String body) {
        if (body == null) {
            return Match.MESSAGE;
        }
        String text = Normalizer.normalize(body, Normalizer.Form.NFKC);
        String keyword = SPACES.matcher(EDGES.matcher(text).replaceAll("")).replaceAll(" ").toUpperCase(Locale.ROOT);
        keyword = keyword.replace("OPT-OUT", "OPT OUT").replace("OPT_OUT", "OPT OUT");
        Intent intent = KEYWORDS.get(keyword);
        if (intent != null) {
            return new Match(intent, keyword);
        }
        String phrase = SEPARATORS.matcher(APOSTROPHES.matcher(text).replaceAll("")).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
        if (phrase.isEmpty() || phrase.length() > 80) {
            return Match.MESSAGE;
        }
        for (Pattern request : STOP_REQUESTS) {
            if (request.matcher(phrase).matches()) {
                return new Match(Intent.OPT_OUT, phrase.toUpperCase(Locale.ROOT));
            }
        }
        return Match.MESSAGE;
    }

    private Keywords() {
    }
}

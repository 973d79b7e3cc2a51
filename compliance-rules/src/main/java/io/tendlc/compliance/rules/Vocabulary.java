package io.tendlc.compliance.rules;

import java.util.List;
import java.util.regex.Pattern;

import static io.tendlc.compliance.rules.Text.anyPhrase;

/** The words and patterns the rules look for; kept in one place so they are easy to review and extend. */
final class Vocabulary {

    /** Public URL shorteners carriers refuse. */
    static final List<String> SHORTENERS = List.of("bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "t.co", "ow.ly",
            "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "t.ly", "rb.gy", "bl.ink", "lnkd.in",
            "s.id", "v.gd", "shorte.st", "adf.ly", "tiny.one", "qrco.de");

    /** The opt-out words of CTIA, Twilio's defaults and the FCC rule in force since 2025-04-11. */
    static final List<String> FCC_OPT_OUT_KEYWORDS = List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END",
            "QUIT", "REVOKE", "OPTOUT");

    static final Pattern OPT_OUT_LANGUAGE = Pattern.compile(
            "(?i)\\b(?:reply|text|txt|send|respond(?: with)?)\\s+[\"'“]?(?:stop|stopall|unsubscribe|cancel|end|quit|"
                    + "revoke|optout|opt out)\\b"
                    + "|\\b(?:stop|unsubscribe|cancel|end|quit)\\s+(?:to|2)\\s+(?:opt|unsub|cancel|stop|end|quit|"
                    + "unsubscribe)"
                    + "|\\bopt[- ]?out\\b|\\bunsubscribe\\b"
                    + "|(?-i:\\bSTOP\\b)");

    static final Pattern HELP_LANGUAGE = Pattern.compile("(?i)\\b(?:reply|text|txt|send)\\s+[\"'“]?help\\b"
            + "|(?-i:\\bHELP\\b)");

    static final Pattern TEMPLATE_PLACEHOLDER = Pattern.compile(
            "\\{\\{[^{}]*}}|\\$\\{[^{}]*}|\\{[A-Za-z_][\\w .-]{0,40}}|<[A-Za-z_][\\w .-]{0,40}>|%[sd]\\b"
                    + "|%[A-Za-z_]\\w*%|(?<![\\w$])\\$[A-Za-z_]\\w*");

    static final Pattern LOREM_IPSUM = Pattern.compile("(?i)lorem\\s+ipsum|dolor\\s+sit\\s+amet");
    /** Words that carry no information in a description: filler and placeholder text. */
    static final java.util.Set<String> FILLER = java.util.Set.of("the", "and", "for", "are", "our", "you", "your",
            "with", "this", "that", "will", "from", "have", "has", "was", "were", "can", "all", "any", "not", "but",
            "they", "them", "their", "who", "what", "when", "which", "its", "it's", "into", "out", "about", "also",
            "just", "only", "some", "more", "such", "via", "etc", "use", "used", "using", "test", "testing", "tests",
            "sample", "samples", "example", "examples", "description", "campaign", "placeholder", "tbd", "todo",
            "asdf", "qwerty", "xxx", "foo", "bar", "baz", "lorem", "ipsum", "dolor", "sit", "amet", "n/a", "none",
            "message", "messages", "sms", "text", "texts", "send", "sending", "sent", "purposes", "purpose", "stuff",
            "things", "thing", "various", "misc", "general", "info", "information", "blah");

    static final Pattern CONSENT_METHOD = anyPhrase("web ?forms?", "web ?sites?", "web pages?", "landing pages?",
            "(?:online|paper|sign[- ]?up|opt[- ]?in|registration|intake|contact|consent|lead|order|enrollment) forms?",
            "check ?box(?:es)?", "check-box(?:es)?", "(?:tick|check)(?:s|ed|ing)? (?:a|an|the)(?: \\w+)? box",
            "(?:un)?(?:checked|ticked) box(?:es)?", "(?:on|at|via|through) https?://[\\w.-]+",
            "keywords?", "text(?:s|ing|ed)? [\"'“]?(?-i:[A-Z0-9]{2,})[\"'”]? to", "reply(?:ing)? [\"'“]?(?:yes|start|join|y)\\b",
            "in[- ]person", "in[- ]store", "point of sale", "verbal(?:ly)?", "orally", "over the phone",
            "phone calls?", "by phone", "ivr", "qr codes?", "mobile apps?", "in[- ]app", "the app", "our app",
            "checkout", "account settings", "paper");

    static final List<Pattern> CONSENT_IN_TERMS = List.of(
            Pattern.compile("(?i)by\\s+(?:accepting|agreeing\\s+to|accept|agree\\s+to)\\s+(?:our|the|these)?\\s*"
                    + "(?:terms|t&c|t&cs|tos|eula|user\\s+agreement|conditions|privacy\\s+policy)[^.!?]{0,100}?"
                    + "(?:agree|consent|accept|opt(?:ing)?[- ]?in)"),
            Pattern.compile("(?i)(?:accepting|acceptance\\s+of|agreeing\\s+to)\\s+(?:our|the)?\\s*(?:terms|t&c|tos|"
                    + "eula|user\\s+agreement)[^.!?]{0,60}?(?:includes?|constitutes|means|implies|counts\\s+as)\\s+"
                    + "(?:your\\s+)?(?:consent|agreement|opt[- ]?in)"),
            Pattern.compile("(?i)(?:terms|t&c|tos|terms\\s+of\\s+service|terms\\s+and\\s+conditions|eula)[^.!?]{0,60}?"
                    + "\\b(?:include|includes|including|contain|contains)\\b[^.!?]{0,30}?(?:consent|permission|"
                    + "agreement)\\s+to\\s+(?:receive|be\\s+(?:texted|contacted|messaged))"),
            Pattern.compile("(?i)by\\s+(?:using|creating\\s+an\\s+account|signing\\s+up\\s+for\\s+(?:an\\s+account|"
                    + "our\\s+service)|registering|downloading|purchasing|visiting|accessing)[^.!?]{0,80}?"
                    + "(?:you|users?|customers?|they)\\s+(?:also\\s+)?(?:agree|consent|opt\\s+in|are\\s+opted\\s+in)"
                    + "[^.!?]{0,20}?(?:receive|texts?|sms|messages?|be\\s+contacted)"));

    static final Pattern NOT_AFFIRMATIVE = Pattern.compile("(?i)pre[- ]?(?:checked|ticked|selected)"
            + "|checked\\s+by\\s+default|selected\\s+by\\s+default|automatically\\s+(?:opted|enrolled|subscribed|"
            + "signed\\s+up)|auto[- ](?:enrolled|subscribed|opt(?:ed)?[- ]?in)|opted\\s+in\\s+by\\s+default"
            + "|(?:sms|text)\\s+consent\\s+is\\s+(?:required|mandatory)"
            + "|(?:must|required\\s+to)\\s+(?:agree|consent)\\s+to\\s+(?:receive\\s+)?(?:sms|texts?|text\\s+messages)"
            + "\\s+(?:to|in\\s+order\\s+to)\\s+(?:complete|purchase|check\\s*out|continue|use)");
    static final Pattern CONDITION_OF_PURCHASE = Pattern.compile("(?i)condition\\s+of\\s+(?:any\\s+)?(?:purchase|"
            + "service|sale|employment)");

    static final Pattern CONSENT_SHARED = Pattern.compile("(?i)(?:purchased|bought|rented|third[- ]party|"
            + "lead[- ]gen(?:eration)?|acquired)\\s+(?:phone\\s+|contact\\s+|opt[- ]?in\\s+|mobile\\s+)?"
            + "(?:lists?|leads|numbers|contacts|data(?:base)?s?)"
            + "|(?:share|shared|sell|sold|rent|rented|transfer(?:red)?)\\s+(?:your\\s+|their\\s+|the\\s+)?"
            + "(?:consent|opt[- ]?in|phone\\s+numbers?|numbers?|contact\\s+(?:info|information|details))\\s+"
            + "(?:with|to)\\s+(?:our\\s+)?(?:partners|affiliates|third\\s+parties|other\\s+(?:companies|brands))"
            + "|(?:from|with)\\s+(?:our\\s+)?(?:marketing\\s+)?(?:partners|affiliates)\\s+(?:may|will|can)\\s+"
            + "(?:text|message|contact|send)");

    static final Pattern FREQUENCY = Pattern.compile("(?i)\\bfreq(?:uency)?\\b|\\bmsgs?\\s*/\\s*(?:mo|month|wk|week|"
            + "day)|\\b(?:messages?|msgs?|texts?)\\s+(?:per|a|each)\\s+(?:month|week|day)|\\brecurring\\b|\\bvaries\\b"
            + "|\\bone[- ]time\\b");
    static final Pattern RATES = Pattern.compile("(?i)(?:msg|message)s?\\s*(?:&|and)\\s*data\\s+rates|data\\s+rates");

    static final Pattern SEXUAL = anyPhrase("sex", "sexy", "sexual", "porn", "porno", "pornography", "erotic",
            "erotica", "adult (?:content|entertainment|videos?|toys?)", "strip ?clubs?", "onlyfans",
            "escort (?:services?|agenc(?:y|ies))", "escorts");
    static final Pattern HATE = anyPhrase("white power", "white supremacy", "heil hitler", "ethnic cleansing",
            "race war", "kill all");
    static final Pattern TOBACCO_CANNABIS = anyPhrase("tobacco", "cigarettes?", "cigars?", "cigarillos?", "nicotine",
            "vapes?", "vaping", "vape pens?", "e-?cigs?", "e-?cigarettes?", "juul", "hookah", "cannabis",
            "marijuana", "thc", "cbd", "dispensar(?:y|ies)", "edibles", "kratom", "delta[- ]?8");
    static final Pattern ALCOHOL = anyPhrase("alcohol", "alcoholic", "beers?", "wines?", "liquors?", "vodka",
            "whiske?y", "bourbon", "tequila", "rum", "champagne", "cocktails?(?! (?:dress|dresses|attire|rings?))",
            "brewer(?:y|ies)", "winer(?:y|ies)", "happy hour", "margaritas?", "liquor store");
    /** Guns, but not the tools and toys that share the word. */
    static final Pattern FIREARMS = anyPhrase("firearms?", "handguns?", "rifles?", "shotguns?", "ammo",
            "ammunition", "ar-?15s?", "gun shows?", "gun range", "concealed carry",
            "(?<!(?:glue|nail|heat|water|nerf|spray|staple|massage|squirt|top|caulk|caulking|grease|radar|paint|tattoo"
                    + "|toy|foam|bubble|temperature|label|price) )(?:guns?|pistols?)");

    static final Pattern HIGH_RISK_FINANCIAL = anyPhrase("payday loans?", "payday lend(?:ing|ers?)", "title loans?",
            "debt (?:consolidation|relief|forgiveness|settlement|reduction)", "credit repair",
            "student loan forgiveness", "crypto(?:currency|currencies)?", "bitcoin", "forex", "nfts?",
            "get rich", "make money (?:fast|from home)", "work from home (?:opportunit(?:y|ies)|jobs?)",
            "investment opportunit(?:y|ies)", "casinos?", "sports betting", "online betting", "place your bets?",
            "slot machines?", "online slots", "mlm", "multi-level marketing", "secret shopper");
    static final Pattern LENDING = anyPhrase("loans?", "lending", "lenders?", "financing", "line of credit",
            "mortgages?", "pre-?approved", "pre-?qualified", "apr");

    static final Pattern PROMOTIONAL = anyPhrase("\\d{1,3} ?% off", "promo(?:tion)? codes?", "coupons?",
            "discount codes?", "(?:flash|clearance|big|summer|winter|spring|holiday|annual|black friday) sale",
            "on sale", "buy now", "shop now", "order now", "limited[- ]time (?:offer|deal|only)", "free shipping",
            "bogo", "buy one,? get one", "exclusive (?:offer|deal)s?", "special offers?", "deal of the day",
            "save \\$?\\d+");
    static final Pattern ONE_TIME_CODE = Pattern.compile("(?<![\\w$])\\d{4,10}(?!\\d)|\\[[^\\]]*\\b(?:code|otp|pin|"
            + "passcode|password|token)\\b[^\\]]*]", Pattern.CASE_INSENSITIVE);
    static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)\\b(?:reply|text|respond|txt)\\s+(?:with\\s+)?"
            + "[\"'“]?(?:yes|y|ok|okay|1|2|start|join|confirm|c|no|n)\\b[\"'”]?");
    static final Pattern OPT_OUT_CONFIRMATION = Pattern.compile("(?i)unsubscribed|opted[- ]?out|opt[- ]?out\\s+"
            + "(?:confirmed|complete)|no\\s+(?:more|further|longer)|will\\s+not\\s+(?:receive|get|be\\s+sent)|"
            + "won'?t\\s+(?:receive|get)|removed|been\\s+stopped|stopped|cancell?ed|will\\s+no\\s+longer");
    static final Pattern CONTACT_WORDS = anyPhrase("call", "email", "e-mail", "visit", "contact", "support",
            "help desk", "write to", "chat");

    /** The shortener a host belongs to, or null. */
    static String shortener(String host) {
        if (host == null) {
            return null;
        }
        return SHORTENERS.stream().filter(s -> Text.onDomain(host, s)).findFirst().orElse(null);
    }

    private Vocabulary() {
    }
}

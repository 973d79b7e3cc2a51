package io.tendlc.compliance.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers the rules share: blankness, lengths, words, names, links and phone numbers in free text. */
final class Text {

    private static final String TLDS = "com|net|org|edu|gov|mil|io|co|us|ly|gl|gd|at|cc|me|info|biz|app|dev|ai|shop"
            + "|store|link|site|online|ca|uk|health|care|to|ws|li|gg|xyz|page|live|club|church|law|bank|ee|ink|so|sh";
    private static final Pattern LINK = Pattern.compile(
            "https?://[^\\s<>\"]+|(?<![\\w@./-])(?:www\\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:" + TLDS
                    + ")(?![\\w-])(?:/[^\\s<>\"]*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_FIELD = Pattern.compile("\\[[^\\]]*\\b(?:link|url|website|web address)\\b[^\\]]*]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+?1[\\s.-]?)?\\(?[2-9]\\d{2}\\)?[\\s.-]?[2-9]\\d{2}[\\s.-]?\\d{4}(?![\\w])"
                    + "|(?<![\\w+])\\+[2-9]\\d{7,14}(?!\\d)"
                    + "|(?<![\\w])1-8(?:00|33|44|55|66|77|88)-[A-Z0-9]{3}-?[A-Z0-9]{4}\\b");
    private static final Pattern PHONE_FIELD = Pattern.compile("\\[[^\\]]*\\b(?:phone|tel|telephone)\\b[^\\]]*]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile(" (?:not|never|no|don t|do not|won t|will not|nor|"
            + "without) ");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(?:\\s+(?:inc|incorporated|llc|l l c|llp|pllc|ltd|limited|corp|corporation|co|company|plc|lp|pc|pa))+$");

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** Length in characters as a user counts them (code points, surrounding whitespace ignored). */
    static int length(String s) {
        String t = trim(s);
        return t.codePointCount(0, t.length());
    }

    static String upper(String s) {
        return trim(s).toUpperCase(Locale.ROOT);
    }

    /** Lower-case letters and digits separated by single spaces, padded with one space each side. */
    static String normalize(String s) {
        if (s == null) {
            return " ";
        }
        String n = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return " " + n + " ";
    }

    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        if (s == null) {
            return words;
        }
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The brand's names as {@link #normalize normalized} phrases: display name, company name, company name without "Inc." etc. */
    static Set<String> brandNames(String displayName, String companyName) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : new String[] {displayName, companyName}) {
            String n = normalize(name).strip();
            if (n.length() >= 2) {
                names.add(n);
                String bare = LEGAL_SUFFIX.matcher(n).replaceAll("").strip();
                if (bare.length() >= 2) {
                    names.add(bare);
                }
            }
        }
        return names;
    }

    /** Whether the text names one of the (normalized) names, as whole words and ignoring case and punctuation. */
    static boolean namesAny(String text, Set<String> names) {
        String t = normalize(text);
        return names.stream().anyMatch(n -> t.contains(" " + n + " "));
    }

    /** The links in a text: URLs, bare domains (acme.com/x) and bracketed link fields ([link]). */
    static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        if (text == null) {
            return links;
        }
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add(m.group().replaceAll("[.,;:!?)\\]'\"]+$", ""));
        }
        Matcher f = LINK_FIELD.matcher(text);
        while (f.find()) {
            links.add(f.group());
        }
        return links;
    }

    /** The host of a link, lower case, without "www." — null for a bracketed field. */
    static String host(String link) {
        if (link.startsWith("[")) {
            return null;
        }
        String h = link.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "");
        h = h.replaceFirst("^[^/?#]*@", "");
        int end = h.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = h.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        h = h.substring(0, end).toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** Whether host is domain itself or one of its subdomains. */
    static boolean onDomain(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    /**
     * The registrable domain of a host (acme.com of shop.acme.com; acme.co.uk of www.acme.co.uk) — an approximation
     * without the public suffix list, good enough to tell the brand's own links from others.
     */
    static String registrableDomain(String host) {
        String[] labels = host.split("\\.");
        if (labels.length <= 2) {
            return host;
        }
        String tld = labels[labels.length - 1];
        String second = labels[labels.length - 2];
        boolean countrySecondLevel = tld.length() == 2
                && Set.of("co", "com", "org", "net", "gov", "ac", "edu", "gob", "ne", "or").contains(second);
        int keep = countrySecondLevel ? 3 : 2;
        return String.join(".", List.of(labels).subList(labels.length - keep, labels.length));
    }

    static boolean hasPhone(String text) {
        return text != null && (PHONE.matcher(text).find() || PHONE_FIELD.matcher(text).find());
    }

    static boolean hasEmail(String text) {
        return text != null && EMAIL.matcher(text).find();
    }

    /** The first match of the pattern in the text, or null. */
    static String find(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }

    /**
     * The first match of the pattern that is not negated just before ("never share…", "is not a condition of…"),
     * or null.
     */
    static String findAffirmed(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String before = normalize(text.substring(Math.max(0, m.start() - 25), m.start()));
            if (!NEGATION.matcher(before).find()) {
                return m.group();
            }
        }
        return null;
    }

    /** A case-insensitive pattern matching any of the phrases as whole words. */
    static Pattern anyPhrase(String... phrases) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < phrases.length; i++) {
            sb.append(i == 0 ? "" : "|").append(phrases[i]);
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String quote(String s) {
        String t = trim(s);
        return "\"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
    }

    private Text() {
    }
}

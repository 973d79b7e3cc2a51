package io.tendlc.compliance.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static io.tendlc.compliance.rules.Text.blank;
import static io.tendlc.compliance.rules.Text.trim;
import static io.tendlc.compliance.rules.Text.upper;

/** How to reach the brand: phones, email, website, address, and its industry. */
final class BrandContactRules {

    static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern NANP = Pattern.compile("\\+1[2-9]\\d{2}[2-9]\\d{6}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");
    static final Set<String> VERTICALS = Set.of("AGRICULTURE", "COMMUNICATION", "CONSTRUCTION", "EDUCATION",
            "ENERGY", "ENTERTAINMENT", "FINANCIAL", "GAMBLING", "GOVERNMENT", "HEALTHCARE", "HOSPITALITY",
            "HUMAN_RESOURCES", "INSURANCE", "LEGAL", "MANUFACTURING", "NGO", "POLITICAL", "POSTAL", "PROFESSIONAL",
            "REAL_ESTATE", "RETAIL", "TECHNOLOGY", "TRANSPORTATION");
    private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU", "AS", "MP", "AA", "AE", "AP");
    private static final Set<String> CA_PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON",
            "PE", "QC", "SK", "YT");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    static void phones(BrandSubmission b, List<Finding> out) {
        phone("phone", b.phone(), out);
        phone("mobilePhone", b.mobilePhone(), out);
    }

    private static void phone(String field, String value, List<Finding> out) {
        if (blank(value)) {
            return;
        }
        String p = trim(value);
        if (!E164.matcher(p).matches()) {
            out.add(Rules.BRAND_PHONE.error(field, "Write the number in E.164 form: +, country code and number, no "
                    + "spaces or dashes (e.g. +12025550123)."));
        } else if (p.startsWith("+1") && !NANP.matcher(p).matches()) {
            out.add(Rules.BRAND_PHONE.error(field, "A +1 number has 10 digits after +1, and neither the area code "
                    + "nor the exchange starts with 0 or 1 (e.g. +12025550123)."));
        }
    }

    static void email(BrandSubmission b, List<Finding> out) {
        if (!blank(b.email()) && !EMAIL.matcher(trim(b.email())).matches()) {
            out.add(Rules.BRAND_EMAIL.error("email", "\"" + trim(b.email()) + "\" is not an email address; enter one "
                    + "like support@example.com."));
        }
    }

    static void website(BrandSubmission b, List<Finding> out) {
        if (blank(b.website())) {
            if (!BrandIdentityRules.soleProprietor(b)) {
                out.add(Rules.BRAND_WEBSITE.warning("website", "Add the brand's website: carriers' reviewers use it to "
                        + "confirm the business and its opt-in, and campaigns without one are often rejected."));
            }
            return;
        }
        URI uri;
        try {
            uri = new URI(trim(b.website()));
        } catch (URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri == null || uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme == null || host == null || !host.contains(".") || !(scheme.equals("https")
                || scheme.equals("http"))) {
            out.add(Rules.BRAND_WEBSITE.error("website", "Enter the full address of the brand's website, starting "
                    + "with https:// (e.g. https://www.example.com)."));
            return;
        }
        String shortener = Vocabulary.shortener(host);
        if (shortener != null) {
            out.add(Rules.BRAND_WEBSITE.error("website", shortener + " is a URL shortener; enter the brand's own "
                    + "website address."));
        } else if (scheme.equals("http")) {
            out.add(Rules.BRAND_WEBSITE.warning("website", "Use the https:// address of the website; reviewers "
                    + "distrust sites without TLS."));
        }
    }

    static void vertical(BrandSubmission b, List<Finding> out) {
        if (!blank(b.vertical()) && !VERTICALS.contains(upper(b.vertical()))) {
            out.add(Rules.BRAND_VERTICAL.error("vertical", "\"" + trim(b.vertical()) + "\" is not one of TCR's "
                    + "verticals; choose one of " + String.join(", ", VERTICALS.stream().sorted().toList()) + "."));
        }
    }

    static void address(BrandSubmission b, List<Finding> out) {
        country("country", b.country(), out);
        country("einIssuingCountry", b.einIssuingCountry(), out);
        String country = upper(b.country());
        String state = upper(b.state());
        String postal = upper(b.postalCode());
        if (country.equals("US")) {
            if (!state.isEmpty() && !US_STATES.contains(state)) {
                out.add(Rules.BRAND_ADDRESS.error("state", "For a US address, state is the two-letter USPS code "
                        + "(e.g. CA, NY, TX)."));
            }
            if (!postal.isEmpty() && !postal.matches("\\d{5}(-\\d{4})?")) {
                out.add(Rules.BRAND_ADDRESS.error("postalCode", "A US ZIP code has 5 digits (or ZIP+4: 12345-6789)."));
            }
        } else if (country.equals("CA")) {
            if (!state.isEmpty() && !CA_PROVINCES.contains(state)) {
                out.add(Rules.BRAND_ADDRESS.error("state", "For a Canadian address, state is the two-letter "
                        + "province code (e.g. ON, QC, BC)."));
            }
            if (!postal.isEmpty() && !postal.matches("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d")) {
                out.add(Rules.BRAND_ADDRESS.error("postalCode", "A Canadian postal code looks like K1A 0B1."));
            }
        } else if (state.length() > 20) {
            out.add(Rules.BRAND_ADDRESS.error("state", "The state or region must be at most 20 characters."));
        }
    }

    private static void country(String field, String value, List<Finding> out) {
        if (!blank(value) && !COUNTRIES.contains(upper(value))) {
            out.add(Rules.BRAND_ADDRESS.error(field, "\"" + trim(value) + "\" is not a country code; use the "
                    + "two-letter ISO 3166 code (e.g. US, CA)."));
        }
    }

    private BrandContactRules() {
    }
}

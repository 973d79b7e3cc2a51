package io.tendlc.compliance.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.tendlc.compliance.rules.Text.blank;
import static io.tendlc.compliance.rules.Text.trim;
import static io.tendlc.compliance.rules.Text.upper;

/** Who the brand is: entity type, legal identity (EIN, stock listing, sole proprietor), required fields. */
final class BrandIdentityRules {

    static final String SOLE_PROPRIETOR = "SOLE_PROPRIETOR";
    static final Set<String> ENTITY_TYPES = Set.of("PRIVATE_PROFIT", "PUBLIC_PROFIT", "NON_PROFIT", "GOVERNMENT",
            SOLE_PROPRIETOR);
    static final Set<String> STOCK_EXCHANGES = Set.of("NASDAQ", "NYSE", "AMEX", "AMX", "ASX", "B3", "BME", "BSE",
            "FRA", "ICEX", "JPX", "JSE", "KRX", "LON", "NSE", "OMX", "SEHK", "SGX", "SSE", "STO", "SWX", "SZSE", "TSX",
            "TWSE", "VSE", "OTHER");
    /** EIN prefixes the IRS does not assign. */
    private static final Set<String> UNASSIGNED_EIN_PREFIXES = Set.of("00", "07", "08", "09", "17", "18", "19", "28",
            "29", "49", "69", "70", "78", "79", "89", "96", "97");
    private static final Pattern EIN = Pattern.compile("\\d{9}|\\d{2}-\\d{7}");
    private static final Pattern STOCK_SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]{0,9}");
    private static final Pattern FOR_PROFIT_FORM = Text.anyPhrase("llc", "l\\.l\\.c\\.?", "llp", "pllc");

    static void entityType(BrandSubmission b, List<Finding> out) {
        if (blank(b.entityType())) {
            out.add(Rules.BRAND_ENTITY_TYPE.error("entityType", "Choose the entity type: PRIVATE_PROFIT, "
                    + "PUBLIC_PROFIT, NON_PROFIT, GOVERNMENT or SOLE_PROPRIETOR."));
        } else if (!ENTITY_TYPES.contains(upper(b.entityType()))) {
            out.add(Rules.BRAND_ENTITY_TYPE.error("entityType", "\"" + trim(b.entityType()) + "\" is not an entity "
                    + "type TCR knows; use PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, GOVERNMENT or SOLE_PROPRIETOR."));
        }
    }

    static void requiredFields(BrandSubmission b, List<Finding> out) {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("displayName", b.displayName());
        if (!soleProprietor(b)) {
            required.put("companyName", b.companyName());
            required.put("ein", b.ein());
            required.put("einIssuingCountry", b.einIssuingCountry());
            required.put("phone", b.phone());
            required.put("vertical", b.vertical());
        }
        required.put("email", b.email());
        required.put("street", b.street());
        required.put("city", b.city());
        required.put("state", b.state());
        required.put("postalCode", b.postalCode());
        required.put("country", b.country());
        required.forEach((field, value) -> {
            if (blank(value)) {
                out.add(Rules.BRAND_REQUIRED_FIELD.error(field, field + " is required"
                        + (soleProprietor(b) ? "." : " for a " + entity(b) + " brand.") + " " + hint(field)));
            }
        });
    }

    static void fieldLengths(BrandSubmission b, List<Finding> out) {
        Map<String, Object[]> limits = new LinkedHashMap<>();
        limits.put("displayName", new Object[] {b.displayName(), 255});
        limits.put("companyName", new Object[] {b.companyName(), 255});
        limits.put("street", new Object[] {b.street(), 100});
        limits.put("city", new Object[] {b.city(), 100});
        limits.put("email", new Object[] {b.email(), 100});
        limits.put("website", new Object[] {b.website(), 100});
        limits.put("firstName", new Object[] {b.firstName(), 100});
        limits.put("lastName", new Object[] {b.lastName(), 100});
        limits.forEach((field, v) -> {
            int max = (Integer) v[1];
            if (Text.length((String) v[0]) > max) {
                out.add(Rules.BRAND_FIELD_LENGTH.error(field, field + " has " + Text.length((String) v[0])
                        + " characters; TCR accepts at most " + max + ". Shorten it."));
            }
        });
    }

    static void ein(BrandSubmission b, List<Finding> out) {
        if (blank(b.ein()) || soleProprietor(b)) {
            return; // missing: brand-required-field; sole proprietor: brand-sole-proprietor-identity
        }
        String country = upper(b.einIssuingCountry());
        boolean northAmerican = country.isEmpty() || country.equals("US") || country.equals("CA");
        if (northAmerican && !EIN.matcher(trim(b.ein())).matches()) {
            out.add(Rules.BRAND_EIN.error("ein", "The EIN must be the 9 digits the IRS assigned (e.g. 123456780 or "
                    + "12-3456780), exactly as on the EIN confirmation letter."));
        } else if (!northAmerican && !trim(b.ein()).matches("[A-Za-z0-9 .\\-/]{1,21}")) {
            out.add(Rules.BRAND_EIN.error("ein", "The tax id must be 1 to 21 letters and digits as issued in "
                    + country + "."));
        }
    }

    static void einUnverifiable(BrandSubmission b, List<Finding> out) {
        if (blank(b.ein()) || soleProprietor(b) || !(upper(b.einIssuingCountry()).isEmpty()
                || upper(b.einIssuingCountry()).equals("US"))) {
            return;
        }
        String digits = trim(b.ein()).replace("-", "");
        if (!digits.matches("\\d{9}")) {
            return;
        }
        if (digits.chars().distinct().count() == 1 || digits.equals("123456789") || digits.equals("987654321")) {
            out.add(Rules.BRAND_EIN_UNVERIFIABLE.error("ein", "\"" + digits + "\" is a placeholder, not a real EIN; "
                    + "TCR would fail identity verification ('EIN does not match the legal name'). Enter the EIN "
                    + "from the IRS letter for " + Text.quote(b.companyName()) + "."));
        } else if (UNASSIGNED_EIN_PREFIXES.contains(digits.substring(0, 2))) {
            out.add(Rules.BRAND_EIN_UNVERIFIABLE.warning("ein", "EINs starting with " + digits.substring(0, 2)
                    + " are not assigned by the IRS; check the EIN against the IRS letter, or TCR's identity "
                    + "verification will fail."));
        }
    }

    static void stockListing(BrandSubmission b, List<Finding> out) {
        if (!"PUBLIC_PROFIT".equals(upper(b.entityType()))) {
            return;
        }
        if (blank(b.stockSymbol())) {
            out.add(Rules.BRAND_STOCK_LISTING.error("stockSymbol", "A PUBLIC_PROFIT brand needs its stock symbol "
                    + "(ticker, e.g. ACME); a company that is not listed registers as PRIVATE_PROFIT."));
        } else if (!STOCK_SYMBOL.matcher(upper(b.stockSymbol())).matches()) {
            out.add(Rules.BRAND_STOCK_LISTING.error("stockSymbol", "The stock symbol must be the ticker as "
                    + "listed (1 to 10 letters or digits, e.g. ACME or BRK.B)."));
        }
        if (blank(b.stockExchange()) || "NONE".equals(upper(b.stockExchange()))) {
            out.add(Rules.BRAND_STOCK_LISTING.error("stockExchange", "A PUBLIC_PROFIT brand needs the exchange "
                    + "its stock is listed on (e.g. NASDAQ, NYSE)."));
        } else if (!STOCK_EXCHANGES.contains(upper(b.stockExchange()))) {
            out.add(Rules.BRAND_STOCK_LISTING.error("stockExchange", "\"" + trim(b.stockExchange()) + "\" is not an "
                    + "exchange TCR knows; use e.g. NASDAQ, NYSE, AMEX, TSX, LON or OTHER."));
        }
    }

    static void soleProprietorIdentity(BrandSubmission b, List<Finding> out) {
        if (!soleProprietor(b)) {
            return;
        }
        if (blank(b.firstName())) {
            out.add(Rules.BRAND_SOLE_PROPRIETOR.error("firstName", "A sole proprietor brand needs the owner's "
                    + "first name."));
        }
        if (blank(b.lastName())) {
            out.add(Rules.BRAND_SOLE_PROPRIETOR.error("lastName", "A sole proprietor brand needs the owner's "
                    + "last name."));
        }
        if (blank(b.mobilePhone())) {
            out.add(Rules.BRAND_SOLE_PROPRIETOR.error("mobilePhone", "A sole proprietor brand needs the owner's "
                    + "mobile phone: TCR texts it a one-time password to confirm the registration."));
        } else if (BrandContactRules.E164.matcher(trim(b.mobilePhone())).matches()
                && !trim(b.mobilePhone()).startsWith("+1")) {
            out.add(Rules.BRAND_SOLE_PROPRIETOR.error("mobilePhone", "Sole proprietor registration is only "
                    + "available with a US or Canadian mobile number (+1…)."));
        }
        if (!blank(b.ein())) {
            out.add(Rules.BRAND_SOLE_PROPRIETOR.warning("ein", "Sole proprietor registration is for people without "
                    + "an EIN. A business with an EIN should register as PRIVATE_PROFIT (higher throughput)."));
        }
    }

    static void nonProfitStatus(BrandSubmission b, List<Finding> out) {
        if (!"NON_PROFIT".equals(upper(b.entityType())) || blank(b.companyName())) {
            return;
        }
        String form = Text.find(FOR_PROFIT_FORM, b.companyName());
        if (form != null) {
            out.add(Rules.BRAND_NON_PROFIT.warning("companyName", "\"" + form + "\" is usually a for-profit form. "
                    + "TCR checks NON_PROFIT brands for 501(c) status with the IRS and rejects those without it; "
                    + "use the exact name on the IRS determination letter, or register as PRIVATE_PROFIT."));
        }
    }

    static void altBusinessId(BrandSubmission b, List<Finding> out) {
        String type = upper(b.altBusinessIdType());
        String id = trim(b.altBusinessId());
        if (id.isEmpty()) {
            return;
        }
        if (type.isEmpty() || type.equals("NONE")) {
            out.add(Rules.BRAND_ALT_BUSINESS_ID.error("altBusinessIdType", "Say which kind of id altBusinessId is: "
                    + "DUNS, GIIN or LEI."));
            return;
        }
        String format = switch (type) {
            case "DUNS" -> id.replace("-", "").matches("\\d{9}") ? null : "a DUNS number has 9 digits";
            case "LEI" -> id.toUpperCase().matches("[A-Z0-9]{18}\\d{2}") ? null
                    : "an LEI has 20 characters (18 letters or digits and 2 check digits)";
            case "GIIN" -> id.toUpperCase().matches("[A-Z0-9]{6}\\.[A-Z0-9]{5}\\.[A-Z]{2}\\.\\d{3}") ? null
                    : "a GIIN looks like 98Q96B.00000.LE.250";
            default -> "the type must be DUNS, GIIN or LEI";
        };
        if (format != null) {
            out.add(Rules.BRAND_ALT_BUSINESS_ID.error(type.matches("DUNS|LEI|GIIN") ? "altBusinessId"
                    : "altBusinessIdType", "Fix the alternative business id: " + format + "."));
        }
    }

    static boolean soleProprietor(BrandSubmission b) {
        return SOLE_PROPRIETOR.equals(upper(b.entityType()));
    }

    private static String entity(BrandSubmission b) {
        return ENTITY_TYPES.contains(upper(b.entityType())) ? upper(b.entityType()) : "business";
    }

    private static String hint(String field) {
        return switch (field) {
            case "displayName" -> "Enter the name recipients know the brand by.";
            case "companyName" -> "Enter the legal name exactly as registered with the IRS.";
            case "ein" -> "Enter the 9-digit EIN from the IRS letter.";
            case "einIssuingCountry" -> "Enter the country that issued the tax id (e.g. US).";
            case "phone" -> "Enter the business's support phone number in E.164 form (+12025550123).";
            case "vertical" -> "Choose the brand's industry (e.g. RETAIL, HEALTHCARE).";
            case "email" -> "Enter a support email address.";
            case "country" -> "Enter the two-letter country code (e.g. US).";
            default -> "Enter the brand's registered address.";
        };
    }

    private BrandIdentityRules() {
    }
}

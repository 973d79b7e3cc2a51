package io.tendlc.simulators.tcr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What TCR refuses with a 400 before a brand is created or edited; every problem is reported at once. */
final class BrandValidation {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern US_EIN = Pattern.compile("[0-9]{2}-?[0-9]{7}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private BrandValidation() {
    }

    static List<TcrError> check(BrandRequest brand) {
        List<TcrError> errors = new ArrayList<>();
        String entityType = brand.entityType();
        if (blank(entityType)) {
            errors.add(TcrError.missing("entityType"));
        } else if (!TcrEnums.ENTITY_TYPES.contains(entityType)) {
            errors.add(TcrError.invalid("entityType", "Invalid entityType '" + entityType + "', expected one of "
                    + TcrEnums.ENTITY_TYPES));
        }
        require(errors, "displayName", brand.displayName(), 255);
        require(errors, "phone", brand.phone(), 20);
        require(errors, "email", brand.email(), 100);
        require(errors, "street", brand.street(), 100);
        require(errors, "city", brand.city(), 100);
        require(errors, "state", brand.state(), 20);
        require(errors, "postalCode", brand.postalCode(), 10);
        require(errors, "country", brand.country(), 2);
        if (!blank(brand.phone()) && !E164.matcher(brand.phone()).matches()) {
            errors.add(TcrError.invalid("phone", "Invalid phone number, expected E.164 (+15551234567)"));
        }
        if (!blank(brand.email()) && !EMAIL.matcher(brand.email()).matches()) {
            errors.add(TcrError.invalid("email", "Invalid email address"));
        }
        if (!blank(brand.country()) && !COUNTRY.matcher(brand.country()).matches()) {
            errors.add(TcrError.invalid("country", "Invalid country, expected an ISO 3166-1 alpha-2 code"));
        }
        if (brand.soleProprietor()) {
            require(errors, "firstName", brand.firstName(), 100);
            require(errors, "lastName", brand.lastName(), 100);
            require(errors, "mobilePhone", brand.mobilePhone(), 20);
            if (!blank(brand.mobilePhone()) && !E164.matcher(brand.mobilePhone()).matches()) {
                errors.add(TcrError.invalid("mobilePhone", "Invalid mobile phone number, expected E.164"));
            }
        } else if (!blank(entityType)) {
            require(errors, "companyName", brand.companyName(), 255);
            require(errors, "ein", brand.ein(), 21);
            require(errors, "vertical", brand.vertical(), 50);
            boolean usEin = blank(brand.einIssuingCountry()) || "US".equals(brand.einIssuingCountry());
            if (!blank(brand.ein()) && usEin && !US_EIN.matcher(brand.ein()).matches()) {
                errors.add(TcrError.invalid("ein", "Invalid EIN, expected 9 digits (12-3456789)"));
            }
        }
        oneOf(errors, "vertical", brand.vertical(), TcrEnums.VERTICALS.keySet());
        oneOf(errors, "brandRelationship", brand.brandRelationship(), TcrEnums.BRAND_RELATIONSHIPS);
        oneOf(errors, "altBusinessIdType", brand.altBusinessIdType(), TcrEnums.ALT_BUSINESS_ID_TYPES);
        oneOf(errors, "stockExchange", brand.stockExchange(), TcrEnums.STOCK_EXCHANGES);
        return errors;
    }

    private static void require(List<TcrError> errors, String field, String value, int maxLength) {
        if (blank(value)) {
            errors.add(TcrError.missing(field));
        } else if (value.length() > maxLength) {
            errors.add(TcrError.invalid(field, "Field '" + field + "' must be at most " + maxLength + " characters"));
        }
    }

    private static void oneOf(List<TcrError> errors, String field, String value, Set<String> allowed) {
        if (!blank(value) && !allowed.contains(value)) {
            errors.add(TcrError.invalid(field, "Invalid " + field + " '" + value + "'"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

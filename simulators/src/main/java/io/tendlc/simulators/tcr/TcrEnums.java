package io.tendlc.simulators.tcr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** TCR's enumerations, as {@code GET /enum/...} lists them and as the API validates against them. */
final class TcrEnums {

    static final List<String> ENTITY_TYPES =
            List.of("PRIVATE_PROFIT", "PUBLIC_PROFIT", "NON_PROFIT", "GOVERNMENT", "SOLE_PROPRIETOR");

    static final Map<String, String> VERTICALS = ordered(
            "PROFESSIONAL", "Professional Services",
            "REAL_ESTATE", "Real Estate",
            "HEALTHCARE", "Healthcare and Life Sciences",
            "HUMAN_RESOURCES", "HR, Staffing or Recruitment",
            "ENERGY", "Energy and Utilities",
            "ENTERTAINMENT", "Entertainment",
            "RETAIL", "Retail and Consumer Products",
            "TRANSPORTATION", "Transportation or Logistics",
            "AGRICULTURE", "Agriculture",
            "INSURANCE", "Insurance",
            "POSTAL", "Postal and Delivery",
            "EDUCATION", "Education",
            "HOSPITALITY", "Hospitality and Travel",
            "FINANCIAL", "Financial Services",
            "POLITICAL", "Political",
            "GAMBLING", "Gambling and Lottery",
            "LEGAL", "Legal",
            "CONSTRUCTION", "Construction, Materials, and Trade Services",
            "NGO", "Non-profit Organization",
            "MANUFACTURING", "Manufacturing",
            "GOVERNMENT", "Government Services and Agencies",
            "TECHNOLOGY", "Information Technology Services",
            "COMMUNICATION", "Media and Communication");

    /** One use case: STANDARD ones are open to every verified brand, SPECIAL ones need vetting or carrier review. */
    record Usecase(String id, String displayName, String classification, int minSubUsecases, int maxSubUsecases,
                   boolean validSubUsecase) {
    }

    static final List<Usecase> USECASES = List.of(
            standard("2FA", "2FA", true),
            standard("ACCOUNT_NOTIFICATION", "Account Notification", true),
            standard("CUSTOMER_CARE", "Customer Care", true),
            standard("DELIVERY_NOTIFICATION", "Delivery Notification", true),
            standard("FRAUD_ALERT", "Fraud Alert Messaging", true),
            standard("HIGHER_EDUCATION", "Higher Education", true),
            new Usecase("LOW_VOLUME", "Low Volume Mixed", "STANDARD", 2, 5, false),
            standard("MARKETING", "Marketing", true),
            new Usecase("MIXED", "Mixed", "STANDARD", 2, 5, false),
            standard("POLLING_VOTING", "Polling and voting", true),
            standard("PUBLIC_SERVICE_ANNOUNCEMENT", "Public Service Announcement", true),
            standard("SECURITY_ALERT", "Security Alert", true),
            special("AGENTS_FRANCHISES", "Agents and Franchises"),
            special("CHARITY", "Charity"),
            special("EMERGENCY", "Emergency"),
            special("K12_EDUCATION", "K-12 Education"),
            special("POLITICAL", "Political"),
            special("PROXY", "Proxy"),
            special("SOCIAL", "Social"),
            special("SWEEPSTAKE", "Sweepstake"),
            new Usecase("SOLE_PROPRIETOR", "Sole Proprietor", "SPECIAL", 0, 5, false),
            special("UCAAS_LOW", "UCaaS Low Volume"),
            special("UCAAS_HIGH", "UCaaS High Volume"),
            special("CARRIER_EXEMPT", "Carrier Exempt"),
            special("M2M", "Machine to Machine"),
            special("TRIAL", "Trial"));

    static final Set<String> SUB_USECASES = Set.copyOf(
            USECASES.stream().filter(Usecase::validSubUsecase).map(Usecase::id).toList());

    static final Set<String> BRAND_RELATIONSHIPS =
            Set.of("BASIC_ACCOUNT", "SMALL_ACCOUNT", "MEDIUM_ACCOUNT", "LARGE_ACCOUNT", "KEY_ACCOUNT");

    static final Set<String> ALT_BUSINESS_ID_TYPES = Set.of("NONE", "DUNS", "GIIN", "LEI");

    static final Set<String> STOCK_EXCHANGES = Set.of("NONE", "NASDAQ", "NYSE", "AMEX", "AMX", "ASX", "B3", "BME",
            "BSE", "FRA", "ICEX", "JPX", "JSE", "KRX", "LON", "NSE", "OMX", "SEHK", "SGX", "SSE", "STO", "SWX",
            "SZSE", "TSX", "TWSE", "VSE", "OTHER");

    private TcrEnums() {
    }

    static Usecase usecase(String id) {
        return USECASES.stream().filter(usecase -> usecase.id().equals(id)).findFirst().orElse(null);
    }

    private static Usecase standard(String id, String displayName, boolean validSubUsecase) {
        return new Usecase(id, displayName, "STANDARD", 0, 0, validSubUsecase);
    }

    private static Usecase special(String id, String displayName) {
        return new Usecase(id, displayName, "SPECIAL", 0, 0, false);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

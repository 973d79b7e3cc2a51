package io.tendlc.simulators.twilio;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Twilio's phone-number resources as its APIs write them (snake_case; 2010-04-01 dates in RFC 2822, v1 in ISO 8601). */
final class PhoneNumberJson {

    private static final String API = "/" + TwilioMessageJson.API_VERSION + "/Accounts/";

    private PhoneNumberJson() {
    }

    /** Twilio writes SMS and MMS in capitals, voice and fax in lower case; twilio-java reads them so. */
    static Map<String, Boolean> smsCapabilities() {
        Map<String, Boolean> capabilities = new LinkedHashMap<>();
        capabilities.put("voice", true);
        capabilities.put("SMS", true);
        capabilities.put("MMS", true);
        capabilities.put("fax", false);
        return capabilities;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AvailableNumber(String friendlyName, String phoneNumber, String lata, String rateCenter, String latitude,
                           String longitude, String locality, String region, String postalCode, String isoCountry,
                           String addressRequirements, boolean beta, Map<String, Boolean> capabilities) {

        static AvailableNumber of(AvailableNumbers.Available n) {
            return new AvailableNumber(n.friendlyName(), n.e164(), null, null, null, null, n.locality(), n.region(),
                    null, "US", "none", false, smsCapabilities());
        }
    }

    /** One page of a 2010-04-01 list: the records under their list's name plus Twilio's paging fields. */
    static Map<String, Object> page(String listName, List<?> records, String uri, int pageSize) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put(listName, records);
        page.put("uri", uri);
        page.put("first_page_uri", uri);
        page.put("next_page_uri", null);
        page.put("previous_page_uri", null);
        page.put("page", 0);
        page.put("page_size", pageSize);
        page.put("start", 0);
        page.put("end", Math.max(records.size() - 1, 0));
        return page;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record IncomingNumber(String sid, String accountSid, String friendlyName, String phoneNumber, String origin,
                          String status, String apiVersion, boolean beta, Map<String, Boolean> capabilities,
                          String addressRequirements, String emergencyStatus, String emergencyAddressStatus,
                          String voiceReceiveMode, String smsUrl, String smsMethod, String voiceUrl,
                          String voiceMethod, String statusCallback, String dateCreated, String dateUpdated,
                          String uri, Map<String, String> subresourceUris) {

        static IncomingNumber of(IncomingNumbers.Owned n) {
            String uri = API + n.accountSid() + "/IncomingPhoneNumbers/" + n.sid();
            return new IncomingNumber(n.sid(), n.accountSid(), n.friendlyName(), n.e164(), "twilio", "in-use",
                    TwilioMessageJson.API_VERSION, false, smsCapabilities(), "none", "Inactive", "unregistered", "voice",
                    "", "POST", null, "POST", "", TwilioMessageJson.rfc2822(n.dateCreated()),
                    TwilioMessageJson.rfc2822(n.dateUpdated()), uri + ".json",
                    Map.of("assigned_add_ons", uri + "/AssignedAddOns.json"));
        }
    }

    /** A sender of a Messaging Service (messaging.twilio.com/v1); its sid is the phone number's PN sid. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServicePhoneNumber(String sid, String accountSid, String serviceSid, String phoneNumber,
                              String countryCode, List<String> capabilities, String dateCreated, String dateUpdated,
                              String url) {

        static ServicePhoneNumber of(IncomingNumbers.Owned n) {
            String at = DateTimeFormatter.ISO_INSTANT.format(n.addedToService().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            return new ServicePhoneNumber(n.sid(), n.accountSid(), n.serviceSid(), n.e164(), "US",
                    List.of("SMS", "MMS", "Voice"), at, at,
                    "https://messaging.twilio.com/v1/Services/" + n.serviceSid() + "/PhoneNumbers/" + n.sid());
        }
    }
}

package io.tendlc.simulators.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.twilio.base.Page;
import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.Local;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.Test;

/** Searching, buying and releasing numbers with the real twilio-java 11.2.0 client. */
class PhoneNumbersTest extends SimulatorTestBase {

    static final String SERVICE = "MG0000000000000000000000000000000a";
    static final String OTHER_SERVICE = "MG0000000000000000000000000000000b";

    List<String> available(int areaCode, String contains, int pageSize) {
        var reader = Local.reader("US").setAreaCode(areaCode).setPageSize((long) pageSize);
        if (contains != null) {
            reader.setContains(contains);
        }
        Page<Local> page = reader.firstPage(twilio());
        return page.getRecords().stream().map(n -> n.getPhoneNumber().getEndpoint()).toList();
    }

    @Test
    void theNumbersForSaleInAnAreaCodeAreAlwaysTheSameAndShapedLikeTwilios() {
        Page<Local> page = Local.reader("US").setAreaCode(512).setPageSize(10L).firstPage(twilio());

        assertThat(page.getRecords()).hasSize(10);
        Local first = page.getRecords().getFirst();
        assertThat(first.getPhoneNumber().getEndpoint()).matches("\\+1512[2-9]\\d{6}");
        assertThat(first.getFriendlyName().getEndpoint())
                .isEqualTo("(512) " + first.getPhoneNumber().getEndpoint().substring(5, 8) + "-"
                        + first.getPhoneNumber().getEndpoint().substring(8));
        assertThat(first.getLocality()).isEqualTo("Austin");
        assertThat(first.getRegion()).isEqualTo("TX");
        assertThat(first.getIsoCountry()).isEqualTo("US");
        assertThat(first.getCapabilities().getSms()).isTrue();
        assertThat(first.getCapabilities().getMms()).isTrue();
        assertThat(available(512, null, 10)).isEqualTo(page.getRecords().stream()
                .map(n -> n.getPhoneNumber().getEndpoint()).toList());
        assertThat(available(512, null, 100)).doesNotHaveDuplicates().allMatch(n -> n.startsWith("+1512"));
    }

    @Test
    void containsMatchesDigitsWildcardsAndKeypadLetters() {
        String some = available(303, null, 50).get(7);
        String lastFour = some.substring(8);

        assertThat(available(303, lastFour, 50)).contains(some).allMatch(n -> n.substring(2).contains(lastFour));
        assertThat(available(303, lastFour.substring(0, 2) + "*" + lastFour.substring(3), 50)).contains(some);
        assertThat(available(303, "+1303" + some.substring(5, 8), 50)).contains(some)
                .allMatch(n -> n.startsWith("+1303" + some.substring(5, 8)));
        assertThat(available(303, "+1303" + some.substring(5, 8), 50)).isEqualTo(
                available(303, "+1303" + keypadWordFor(some.substring(5, 8)), 50));
        assertThatThrownBy(() -> available(303, "a-b", 5))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21452));
    }

    /** Letters that dial the given digits (2 → A … 9 → W), or the digit itself for 0 and 1. */
    private static String keypadWordFor(String digits) {
        StringBuilder word = new StringBuilder();
        for (char d : digits.toCharArray()) {
            word.append(d < '2' ? d : "ADGJMPTW".charAt(d - '2'));
        }
        return word.toString();
    }

    @Test
    void aBoughtNumberIsOwnedFetchableAndNoLongerForSaleUntilReleased() {
        String number = available(617, null, 1).getFirst();

        IncomingPhoneNumber bought = IncomingPhoneNumber.creator(new PhoneNumber(number)).create(twilio());

        assertThat(bought.getSid()).matches("PN[0-9a-f]{32}");
        assertThat(bought.getAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(bought.getPhoneNumber().getEndpoint()).isEqualTo(number);
        assertThat(bought.getCapabilities().getSms()).isTrue();
        assertThat(bought.getDateCreated()).isNotNull();
        assertThat(bought.getStatus()).isEqualTo("in-use");
        assertThat(available(617, null, 400)).doesNotContain(number);
        assertThat(IncomingPhoneNumber.fetcher(bought.getSid()).fetch(twilio()).getPhoneNumber().getEndpoint())
                .isEqualTo(number);
        assertThat(IncomingPhoneNumber.reader().setPhoneNumber(new PhoneNumber(number)).read(twilio()))
                .singleElement().extracting(IncomingPhoneNumber::getSid).isEqualTo(bought.getSid());
        assertThatThrownBy(() -> IncomingPhoneNumber.creator(new PhoneNumber(number)).create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(21422);
                    assertThat(e.getStatusCode()).isEqualTo(400);
                });

        assertThat(IncomingPhoneNumber.deleter(bought.getSid()).delete(twilio())).isTrue();

        assertThatThrownBy(() -> IncomingPhoneNumber.fetcher(bought.getSid()).fetch(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
        assertThatThrownBy(() -> IncomingPhoneNumber.deleter(bought.getSid()).delete(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
        assertThat(available(617, null, 400)).contains(number);
    }

    @Test
    void aNumberThatIsNotForSaleCannotBeBought() {
        for (String number : List.of("+15005550006", "+14155550100", "+1415")) {
            assertThatThrownBy(() -> IncomingPhoneNumber.creator(new PhoneNumber(number)).create(twilio()))
                    .as(number)
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21422));
        }
    }

    @Test
    void anAreaCodeAloneBuysItsFirstNumberForSale() {
        String first = available(702, null, 1).getFirst();

        IncomingPhoneNumber bought = IncomingPhoneNumber.creator(ACCOUNT_SID, "702").create(twilio());

        assertThat(bought.getPhoneNumber().getEndpoint()).isEqualTo(first);
        IncomingPhoneNumber.deleter(bought.getSid()).delete(twilio());
    }

    @Test
    void aNumberJoinsOneMessagingServiceAtATimeAndLeavesItWhenReleased() {
        String number = available(404, null, 1).getFirst();
        String sid = IncomingPhoneNumber.creator(new PhoneNumber(number)).create(twilio()).getSid();

        var added = com.twilio.rest.messaging.v1.service.PhoneNumber.creator(SERVICE, sid).create(twilio());

        assertThat(added.getSid()).isEqualTo(sid);
        assertThat(added.getServiceSid()).isEqualTo(SERVICE);
        assertThat(added.getPhoneNumber().getEndpoint()).isEqualTo(number);
        assertThat(added.getDateCreated()).isNotNull();
        assertThat(com.twilio.rest.messaging.v1.service.PhoneNumber.fetcher(SERVICE, sid).fetch(twilio()).getSid())
                .isEqualTo(sid);
        assertThatThrownBy(() -> com.twilio.rest.messaging.v1.service.PhoneNumber.creator(SERVICE, sid).create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(21710);
                    assertThat(e.getStatusCode()).isEqualTo(409);
                });
        assertThatThrownBy(() -> com.twilio.rest.messaging.v1.service.PhoneNumber.creator(OTHER_SERVICE, sid).create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21712));

        assertThat(com.twilio.rest.messaging.v1.service.PhoneNumber.deleter(SERVICE, sid).delete(twilio())).isTrue();
        assertThatThrownBy(() -> com.twilio.rest.messaging.v1.service.PhoneNumber.fetcher(SERVICE, sid).fetch(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));

        com.twilio.rest.messaging.v1.service.PhoneNumber.creator(OTHER_SERVICE, sid).create(twilio());
        IncomingPhoneNumber.deleter(sid).delete(twilio());
        assertThatThrownBy(() -> com.twilio.rest.messaging.v1.service.PhoneNumber.fetcher(OTHER_SERVICE, sid).fetch(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    @Test
    void onlyTheAccountsOwnNumbersJoinAServiceAndServiceSidsMustBeWellFormed() {
        assertThatThrownBy(() -> com.twilio.rest.messaging.v1.service.PhoneNumber
                .creator(SERVICE, "PN00000000000000000000000000000000").create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
        assertThatThrownBy(() -> com.twilio.rest.messaging.v1.service.PhoneNumber
                .creator("MGnot-a-service", "PN00000000000000000000000000000000").create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    @Test
    void everyNumbersCallNeedsTheAccountsCredentials() {
        assertThatThrownBy(() -> Local.reader("US").setAreaCode(415).firstPage(twilio("wrong-token")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20003));
        assertThatThrownBy(() -> IncomingPhoneNumber.creator(new PhoneNumber("+14155550100")).create(twilio("wrong-token")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20003));
        assertThatThrownBy(() -> com.twilio.rest.messaging.v1.service.PhoneNumber
                .creator(SERVICE, "PN00000000000000000000000000000000").create(twilio("wrong-token")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20003));
    }
}

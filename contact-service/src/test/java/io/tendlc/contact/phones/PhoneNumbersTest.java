package io.tendlc.contact.phones;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"(512) 555-0100", "512-555-0100", "512.555.0100", "5125550100", "+1 512 555 0100",
            "+15125550100", "1-512-555-0100", "1 (512) 555-0100", "  512 555 0100  ", "+1 (512) 555-0100"})
    void usNumbersAsPeopleWriteThemBecomeE164(String written) {
        assertThat(PhoneNumbers.normalize(written)).isEqualTo("+15125550100");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+44 20 7946 0958 | from GB",
            "+33 1 23 45 67 89 | from FR",
            "+1 416 555 0123   | from CA",
            "+1 604 555 0199   | from CA",
            "+52 55 1234 5678  | from MX"})
    void numbersOfOtherCountriesAreRefusedSayingWhere(String written, String reason) {
        assertThatThrownBy(() -> PhoneNumbers.normalize(written)).isInstanceOf(PhoneNumbers.InvalidPhone.class)
                .satisfies(e -> assertThat(((PhoneNumbers.InvalidPhone) e).reason()).contains("Only US numbers")
                        .contains(reason));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "512555010       | too short",
            "51255501000     | too long",
            "555             | too short",
            "hello           | not a phone number",
            "(000) 555-0100  | not an assigned US number",
            "+999 1234 5678  | country calling code",
            "''              | empty"})
    void invalidNumbersAreRefusedWithTheReason(String written, String reason) {
        assertThatThrownBy(() -> PhoneNumbers.normalize(written)).isInstanceOf(PhoneNumbers.InvalidPhone.class)
                .satisfies(e -> assertThat(((PhoneNumbers.InvalidPhone) e).reason()).containsIgnoringCase(reason));
        assertThat(PhoneNumbers.tryNormalize(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "+15125550100, America/Chicago",
            "+12125550100, America/New_York",
            "+14155550100, America/Los_Angeles",
            "+16025550100, America/Phoenix",
            "+13035550100, America/Denver",
            "+18085550100, Pacific/Honolulu",
            "+19072345678, America/Anchorage",
            "+17752345678, America/Los_Angeles"})
    void theTimeZoneComesFromTheAreaCode(String phone, String zone) {
        assertThat(PhoneNumbers.timeZoneOf(phone)).contains(zone);
    }

    @org.junit.jupiter.api.Test
    void aNumberThatSaysNothingHasNoTimeZone() {
        assertThat(PhoneNumbers.timeZoneOf("not a number")).isEmpty();
        assertThat(PhoneNumbers.timeZoneOf("+18005550100")).as("toll-free: every NANP zone").isEmpty();
    }

    @Test
    void theZoneOfAUsNumberDependsOnItsExchangeOnly() {
        // what lets an import remember zones per NPA-NXX: the last four digits never change the zone
        for (int npa = 200; npa <= 999; npa++) {
            for (int nxx = 200; nxx <= 999; nxx += 13) {
                String zone = null;
                for (String line : new String[]{"4567", "0000", "9999"}) {
                    String e164 = "+1" + npa + nxx + line;
                    if (PhoneNumbers.tryNormalize(e164).isEmpty()) {
                        continue;
                    }
                    String direct = PhoneNumbers.timeZoneOf(e164).orElse(null);
                    zone = zone == null ? direct : zone;
                    assertThat(direct).as(e164).isEqualTo(zone);
                    assertThat(PhoneNumbers.timeZoneOfExchange(Long.parseLong(e164.substring(2)))).as(e164)
                            .isEqualTo(direct);
                }
            }
        }
        assertThat(PhoneNumbers.timeZoneOfExchange(2082154567L)).isEqualTo("America/Los_Angeles");
        assertThat(PhoneNumbers.timeZoneOfExchange(2082004567L)).isEqualTo("America/Boise");
    }
}

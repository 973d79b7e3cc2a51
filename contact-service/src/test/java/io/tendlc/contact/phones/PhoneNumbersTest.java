package io.tendlc.contact.phones;

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
}

package io.tendlc.compliance.consent;

import io.tendlc.platform.web.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneParameterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"+12025550123|+12025550123", "' 12025550123'|+12025550123",
            "' +447700900123 '|+447700900123"})
    void takesE164AndAPlusThatArrivedAsASpace(String raw, String phone) {
        assertThat(PhoneParameter.parse(raw)).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "12025550123", "+0123456", "+1202555012345678", "+1 202 555 0123",
            "+1202555012a", "tel:+12025550123"})
    void refusesAnythingElseAsAProblem(String raw) {
        assertThatThrownBy(() -> PhoneParameter.parse(raw)).isInstanceOfSatisfying(ApiProblem.class,
                p -> assertThat(p.type()).isEqualTo("invalid-phone"));
    }
}

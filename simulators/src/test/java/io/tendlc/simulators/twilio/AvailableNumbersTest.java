package io.tendlc.simulators.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AvailableNumbersTest {

    @Test
    void anAreaCodeHasAFixedListOfValidDistinctNumbers() {
        List<String> numbers = AvailableNumbers.inAreaCode("415");

        assertThat(numbers).hasSize(AvailableNumbers.PER_AREA_CODE).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\+1415[2-9]\\d{6}"))
                .noneMatch(n -> n.startsWith("+1415555"))
                .noneMatch(n -> n.substring(6, 8).equals("11"));
        assertThat(AvailableNumbers.inAreaCode("415")).isEqualTo(numbers);
        assertThat(AvailableNumbers.inAreaCode("212")).doesNotContainAnyElementsOf(numbers);
    }

    @Test
    void onlyRealAreaCodesHaveNumbers() {
        assertThat(AvailableNumbers.inAreaCode("041")).isEmpty();
        assertThat(AvailableNumbers.inAreaCode("4155")).isEmpty();
        assertThat(AvailableNumbers.inAreaCode(null)).isEmpty();
        assertThat(AvailableNumbers.offers(AvailableNumbers.inAreaCode("312").get(3))).isTrue();
        assertThat(AvailableNumbers.offers("+15005550006")).isFalse();
    }

    @Test
    void aSearchLeavesOutOwnedNumbersAndStopsAtThePageSize() {
        List<String> all = AvailableNumbers.inAreaCode("206");
        String owned = all.get(1);

        List<AvailableNumbers.Available> found = AvailableNumbers.search("206", null, 3, owned::equals);

        assertThat(found).extracting(AvailableNumbers.Available::e164).containsExactly(all.get(0), all.get(2), all.get(3));
        assertThat(found.getFirst().locality()).isEqualTo("Seattle");
        assertThat(AvailableNumbers.search(null, null, 5, n -> false)).hasSize(5)
                .allMatch(n -> n.e164().startsWith("+1" + AvailableNumbers.DEFAULT_AREA_CODES.getFirst()));
    }

    @Test
    void containsReadsLettersAsKeypadDigits() {
        assertThat(AvailableNumbers.contains("STORE").test("+14157867300")).isTrue();
        assertThat(AvailableNumbers.contains("78*73").test("+14157867300")).isTrue();
        assertThat(AvailableNumbers.contains("+1415").test("+14157867300")).isTrue();
        assertThat(AvailableNumbers.contains("+1786").test("+14157867300")).isFalse();
        assertThat(AvailableNumbers.contains("999").test("+14157867300")).isFalse();
    }
}

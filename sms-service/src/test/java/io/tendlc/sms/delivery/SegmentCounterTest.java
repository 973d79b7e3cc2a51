package io.tendlc.sms.delivery;

import io.tendlc.sms.delivery.SegmentCounter.Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentCounterTest {

    @ParameterizedTest(name = "{0} GSM-7 chars -> {1} segments")
    @CsvSource({"1,1", "160,1", "161,2", "306,2", "307,3", "1600,11"})
    void gsm7Boundaries(int length, int segments) {
        assertThat(SegmentCounter.count("a".repeat(length))).isEqualTo(new SegmentCounter.Segmentation(Encoding.GSM7, segments));
    }

    @ParameterizedTest(name = "{0} UCS-2 chars -> {1} segments")
    @CsvSource({"1,1", "70,1", "71,2", "134,2", "135,3"})
    void ucs2Boundaries(int length, int segments) {
        assertThat(SegmentCounter.count("ж".repeat(length))).isEqualTo(new SegmentCounter.Segmentation(Encoding.UCS2, segments));
    }

    @Test
    void extensionCharactersTakeTwoSlots() {
        assertThat(SegmentCounter.count("{".repeat(80)).segments()).isEqualTo(1);
        assertThat(SegmentCounter.count("€".repeat(81)).segments()).isEqualTo(2);
        assertThat(SegmentCounter.count("[]".repeat(40)).encoding()).isEqualTo(Encoding.GSM7);
    }

    @Test
    void anExtensionCharacterNeverStraddlesAPartBoundary() {
        // 152 plain + one 2-slot char = 154 > 153: the € moves to part two, and 160+ total forces multipart
        assertThat(SegmentCounter.count("a".repeat(152) + "€" + "a".repeat(10)).segments()).isEqualTo(2);
        assertThat(SegmentCounter.count("a".repeat(152) + "€" + "a".repeat(152)).segments()).isEqualTo(3);
    }

    @Test
    void oneNonGsmCharacterMakesTheWholeMessageUcs2() {
        assertThat(SegmentCounter.count("a".repeat(100) + "✓")).isEqualTo(new SegmentCounter.Segmentation(Encoding.UCS2, 2));
        assertThat(SegmentCounter.count("Olá").encoding()).isEqualTo(Encoding.UCS2); // á is not GSM-7
        assertThat(SegmentCounter.count("Ça va? à é è ù ì ò Ñ ñ ü").encoding()).isEqualTo(Encoding.GSM7);
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String emoji = "😀"; // two UTF-16 units
        assertThat(SegmentCounter.count(emoji.repeat(35)).segments()).isEqualTo(1); // 70 units
        // 66 units + one emoji would need 68 > 67 in part one: it moves whole to part two
        assertThat(SegmentCounter.count("ж".repeat(66) + emoji + "ж".repeat(65)).segments()).isEqualTo(2);
        assertThat(SegmentCounter.count("ж".repeat(66) + emoji + "ж".repeat(66)).segments()).isEqualTo(3);
    }
}

package io.tendlc.simulators.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.tendlc.simulators.twilio.SegmentCounter.Encoding;
import io.tendlc.simulators.twilio.SegmentCounter.SegmentCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentCounterTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units

    @ParameterizedTest(name = "{0} GSM-7 characters -> {1} segment(s)")
    @CsvSource({"1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4", "1600, 11"})
    void gsm7UsesOneSegmentOf160OrPartsOf153(int length, int segments) {
        assertThat(SegmentCounter.count("a".repeat(length))).isEqualTo(new SegmentCount(Encoding.GSM_7, segments));
    }

    @ParameterizedTest(name = "{0} UCS-2 units -> {1} segment(s)")
    @CsvSource({"1, 1", "70, 1", "71, 2", "134, 2", "135, 3", "201, 3", "202, 4"})
    void ucs2UsesOneSegmentOf70OrPartsOf67(int length, int segments) {
        assertThat(SegmentCounter.count("ł".repeat(length))).isEqualTo(new SegmentCount(Encoding.UCS_2, segments));
    }

    @Test
    void everyGsmBasicCharacterTakesOneSeptet() {
        String basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                + "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

        assertThat(basic.chars().distinct().count()).isEqualTo(127);
        assertThat(basic.chars().allMatch(c -> SegmentCounter.septets((char) c) == 1)).isTrue();
        assertThat(SegmentCounter.count(basic + "a".repeat(33))).isEqualTo(new SegmentCount(Encoding.GSM_7, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"^", "{", "}", "\\", "[", "~", "]", "|", "€", "\f"})
    void extensionCharactersTakeTwoSeptets(String extension) {
        assertThat(SegmentCounter.count(extension.repeat(80))).isEqualTo(new SegmentCount(Encoding.GSM_7, 1));
        assertThat(SegmentCounter.count(extension.repeat(81))).isEqualTo(new SegmentCount(Encoding.GSM_7, 2));
        assertThat(SegmentCounter.count("a".repeat(159) + extension)).isEqualTo(new SegmentCount(Encoding.GSM_7, 2));
    }

    @Test
    void anExtensionCharacterIsNeverSplitAcrossParts() {
        // 306 septets would fit two parts of 153, but the brace cannot start in the first and end in the second
        String body = "a".repeat(152) + "{" + "a".repeat(152);

        assertThat(SegmentCounter.count(body)).isEqualTo(new SegmentCount(Encoding.GSM_7, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ç", "á", "`", "ł", "✓", "’", EMOJI})
    void oneCharacterOutsideGsm7MakesTheWholeMessageUcs2(String outsider) {
        assertThat(SegmentCounter.count("a".repeat(100))).isEqualTo(new SegmentCount(Encoding.GSM_7, 1));
        assertThat(SegmentCounter.count("a".repeat(100) + outsider).encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(SegmentCounter.count("a".repeat(100) + outsider).segments()).isEqualTo(2);
    }

    @Test
    void surrogatePairsCountAsTwoUnitsAndAreNeverSplit() {
        assertThat(SegmentCounter.count(EMOJI.repeat(35))).isEqualTo(new SegmentCount(Encoding.UCS_2, 1));
        assertThat(SegmentCounter.count(EMOJI.repeat(36))).isEqualTo(new SegmentCount(Encoding.UCS_2, 2));
        // 134 units would fit two parts of 67, but the emoji cannot straddle the first boundary
        String body = "ł".repeat(66) + EMOJI + "ł".repeat(66);
        assertThat(SegmentCounter.count(body)).isEqualTo(new SegmentCount(Encoding.UCS_2, 3));
    }

    @Test
    void anEmptyBodyStillTakesOneSegment() {
        assertThat(SegmentCounter.count("")).isEqualTo(new SegmentCount(Encoding.GSM_7, 1));
    }
}

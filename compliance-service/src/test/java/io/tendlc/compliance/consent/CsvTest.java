package io.tendlc.compliance.consent;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndNothingElse() {
        assertThat(Csv.line(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "", null)))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\r\n");
    }

    @Test
    void neutralisesFormulasButNotNumbers() {
        assertThat(Csv.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("+12025550123")).isEqualTo("+12025550123");
        assertThat(Csv.cell("-42")).isEqualTo("-42");
        assertThat(Csv.line(List.of("=1,2"))).isEqualTo("\"'=1,2\"\r\n");
    }
}

package io.tendlc.contact.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ImportParsingTest {

    @Test
    void phonesBecomeUsE164OrAReason() {
        assertThat(PhoneNormalizer.normalize("(212) 200-0001").e164()).isEqualTo("+12122000001");
        assertThat(PhoneNormalizer.normalize("1-212-200-0001").e164()).isEqualTo("+12122000001");
        assertThat(PhoneNormalizer.normalize("+1 212.200.0001").e164()).isEqualTo("+12122000001");
        assertThat(PhoneNormalizer.normalize("").reason()).isEqualTo("missing phone number");
        assertThat(PhoneNormalizer.normalize("12").reason()).isEqualTo("invalid phone number: too short");
        assertThat(PhoneNormalizer.normalize("hello").reason()).isEqualTo("invalid phone number: not a phone number");
        assertThat(PhoneNormalizer.normalize("+44 20 7946 0958").reason()).isEqualTo("not a US number (country code +44)");
        assertThat(PhoneNormalizer.normalize("+1 416 555 0199").reason()).isEqualTo("not a US number (region CA)");
        assertThat(PhoneNormalizer.normalize("212 100 0000").reason()).startsWith("invalid phone number");
    }

    @Test
    void theShortcutForPlainUsSpellingsAgreesWithLibphonenumber() {
        java.util.Random random = new java.util.Random(20261127);
        for (int i = 0; i < 10_000; i++) {
            long n = 2_000_000_000L + (long) (random.nextDouble() * 8_000_000_000L);
            String s = Long.toString(n);
            String a = s.substring(0, 3);
            String e = s.substring(3, 6);
            String l = s.substring(6);
            for (String spelling : List.of(s, "1" + s, "+1" + s, "(" + a + ") " + e + "-" + l, a + "." + e + "." + l,
                    "+1 " + a + "-" + e + "-" + l, "1 (" + a + ")" + e + l)) {
                assertThat(PhoneNormalizer.normalize(spelling)).as(spelling)
                        .isEqualTo(PhoneNormalizer.libphonenumber(spelling));
            }
        }
        assertThat(PhoneNormalizer.plainUsDigits("+2122000001")).isEqualTo(-1); // not +1: libphonenumber decides
        assertThat(PhoneNormalizer.plainUsDigits("0122000001")).isEqualTo(-1);
        assertThat(PhoneNormalizer.plainUsDigits("212-200-0001 x12")).isEqualTo(-1);
        assertThat(PhoneNormalizer.plainUsDigits("1 212 200 0001")).isEqualTo(2_122_000_001L);
    }

    @Test
    void writersShareTheWorkAndKeepBlocksOfNumbersTogether() {
        int[] perWriter = new int[2];
        for (long n = 2_122_000_000L; n < 2_122_100_000L; n++) {
            perWriter[ImportJob.writerOf(n, 2)]++;
        }
        assertThat(perWriter[0]).isBetween(35_000, 65_000);
        long block = (2_122_000_000L >>> 10) << 10;
        assertThat(ImportJob.writerOf(block, 2)).isEqualTo(ImportJob.writerOf(block + 1023, 2));
    }

    @Test
    void mappingIsSuggestedFromCommonHeaderNames() {
        Map<String, String> m = MappingSuggester.suggest(
                List.of("Cell Phone", "Mobile", "FIRST_NAME", "last name", "Email Address", "Tags", "Time Zone",
                        "Shoe Size", "whatever"), Set.of("shoe_size"));
        assertThat(m).containsExactly(Map.entry("Cell Phone", "phone"), Map.entry("Mobile", "ignore"),
                Map.entry("FIRST_NAME", "first_name"), Map.entry("last name", "last_name"),
                Map.entry("Email Address", "email"), Map.entry("Tags", "tags"), Map.entry("Time Zone", "time_zone"),
                Map.entry("Shoe Size", "field.shoe_size"), Map.entry("whatever", "ignore"));
    }

    @Test
    void theShapeOfAnExcelExportIsSniffed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.csv");
        Files.write(file, "\uFEFFPhone;Name;Note\r\n2122000001;\"Ann; Lee\";\"two\r\nlines\"\r\n;;\r\n"
                .getBytes(StandardCharsets.UTF_8));
        CsvFormat format = CsvFormat.sniff(file);
        assertThat(format.delimiter()).isEqualTo(';');
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.header()).containsExactly("Phone", "Name", "Note");
        assertThat(format.sampleRows().getFirst()).containsExactly("2122000001", "Ann; Lee", "two\r\nlines");
        assertThat(CsvFormat.uniqueNames(List.of("a", "", "a"))).containsExactly("a", "column 2", "a (2)");
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252AsExcelWroteIt(@TempDir Path dir) throws Exception {
        Path excel = dir.resolve("excel.csv");
        Files.write(excel, "Phone,First Name\r\n2122000001,Jos\u00e9\r\n2122000002,Fran\u00e7oise \u2013 \u20ac5\r\n"
                .getBytes(CsvFormat.WINDOWS_1252));
        CsvFormat format = CsvFormat.sniff(excel);
        assertThat(format.charset()).isEqualTo(CsvFormat.WINDOWS_1252);
        assertThat(format.sampleRows()).containsExactly(List.of("2122000001", "Jos\u00e9"),
                List.of("2122000002", "Fran\u00e7oise \u2013 \u20ac5"));

        Path utf8 = dir.resolve("utf8.csv");
        Files.write(utf8, "Phone,First Name\n2122000001,Jos\u00e9 \uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8));
        assertThat(CsvFormat.sniff(utf8).charset()).isEqualTo(StandardCharsets.UTF_8);
        // one Windows-1252 byte far past the first buffer is enough
        Path late = dir.resolve("late.csv");
        StringBuilder rows = new StringBuilder("Phone,Name\n");
        for (int i = 0; i < 20_000; i++) {
            rows.append("21220").append(10_000 + i).append(",Ann\n");
        }
        byte[] start = rows.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = "2122000003,Ren\u00e9e\n".getBytes(CsvFormat.WINDOWS_1252);
        byte[] all = java.util.Arrays.copyOf(start, start.length + end.length);
        System.arraycopy(end, 0, all, start.length, end.length);
        Files.write(late, all);
        assertThat(CsvFormat.isUtf8(late)).isFalse();
        // a multi-byte character split across two reads is still UTF-8
        Path split = dir.resolve("split.csv");
        Files.write(split, ("x".repeat(64 * 1024 - 1) + "\u00e9\u20ac\n").getBytes(StandardCharsets.UTF_8));
        assertThat(CsvFormat.isUtf8(split)).isTrue();
    }

    @Test
    void copyTextEscapesWhatPostgresWouldMisread() {
        CopyBuffer out = new CopyBuffer(16);
        out.text("a\tb\\c\nd\re").nul().text("é€😀").number(7);
        out.endRow();
        assertThat(new String(out.bytes(), 0, out.length(), StandardCharsets.UTF_8))
                .isEqualTo("a\\tb\\\\c\\nd\\re\t\\N\té€😀\t7\n");
    }

    @Test
    void tagsBecomeAnArrayLiteralAndRawRowsAreQuotedBack() {
        assertThat(RowEncoder.tags(" vip, new;vip | \"q\" ")).isEqualTo("{\"vip\",\"new\",\"\\\"q\\\"\"}");
        assertThat(RowEncoder.tags(" , ")).isNull();
        assertThat(RowEncoder.raw(List.of("a", "b,c", "say \"hi\"", "x\ny"), ','))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"");
    }

    @Test
    void phoneCountsCountOccurrencesAcrossGrowth() {
        PhoneCounts counts = new PhoneCounts(16);
        for (long i = 1; i <= 100_000; i++) {
            assertThat(counts.increment(2_120_000_000L + i)).isEqualTo(1);
        }
        assertThat(counts.increment(2_120_000_001L)).isEqualTo(2);
        assertThat(counts.increment(2_120_000_001L)).isEqualTo(3);
        assertThat(counts.size()).isEqualTo(100_000);
    }

    @Test
    void idsAreTimeOrderedVersion7() {
        java.util.UUID id = java.util.UUID.fromString(ImportJob.uuidV7());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }
}

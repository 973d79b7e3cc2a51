package io.tendlc.contact.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a spreadsheet export is shaped: its delimiter (comma, or the semicolon a European Excel writes, tab,
 * pipe — whichever the header line holds most of outside quotes), its encoding, its header and a few sample rows.
 * UTF-8 with or without a BOM (fastcsv also honours UTF-16 BOMs); a file that is not valid UTF-8 is what Excel's
 * plain "CSV (Comma delimited)" writes on a US Windows machine, Windows-1252 ({@code José} as the byte E9), and is
 * read as such rather than with replacement characters. CRLF or LF, quoted fields spanning lines.
 */
record CsvFormat(char delimiter, Charset charset, List<String> header, List<List<String>> sampleRows) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_ROWS = 5;

    static CsvFormat sniff(Path file) throws IOException {
        char delimiter = detectDelimiter(file);
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        try (CsvReader<CsvRecord> reader = reader(delimiter, charset, Files.newInputStream(file))) {
            var records = reader.iterator();
            List<String> header = new ArrayList<>();
            while (records.hasNext() && header.isEmpty()) {
                CsvRecord first = records.next();
                if (first.getFields().stream().anyMatch(f -> !f.isBlank())) {
                    header = uniqueNames(first.getFields());
                }
            }
            List<List<String>> samples = new ArrayList<>();
            while (records.hasNext() && samples.size() < SAMPLE_ROWS) {
                samples.add(List.copyOf(records.next().getFields()));
            }
            return new CsvFormat(delimiter, charset, header, samples);
        }
    }

    /** A byte-order mark, when there is one, wins over {@code charset}. */
    static CsvReader<CsvRecord> reader(char delimiter, Charset charset, InputStream in) {
        return CsvReader.builder().fieldSeparator(delimiter).detectBomHeader(true).skipEmptyLines(true)
                .allowMissingFields(true).allowExtraFields(true).allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(in, charset);
    }

    /**
     * Whether the whole file decodes as UTF-8 (a UTF-8 or UTF-16 BOM says so itself). Reads it once, at the JDK's
     * decoding speed (about a second per GB): a few invalid bytes deep in the file are enough to tell.
     */
    static boolean isUtf8(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bom = in.readNBytes(3);
            if (bom.length >= 2 && ((bom[0] == (byte) 0xFE && bom[1] == (byte) 0xFF)
                    || (bom[0] == (byte) 0xFF && bom[1] == (byte) 0xFE))) {
                return true; // UTF-16: fastcsv reads it by its BOM
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            bytes.put(bom);
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = n < 0;
                if (!end) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
                if (end) {
                    return !decoder.flush(chars).isError() && bytes.position() == 0;
                }
            }
        }
    }

    /** Blank or repeated column names get a position-based name, so a mapping can name every column. */
    static List<String> uniqueNames(List<String> fields) {
        List<String> names = new ArrayList<>(fields.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip();
            if (name.isEmpty()) {
                name = "column " + (i + 1);
            }
            int n = seen.merge(name, 1, Integer::sum);
            names.add(n == 1 ? name : name + " (" + n + ")");
        }
        return names;
    }

    private static char detectDelimiter(Path file) throws IOException {
        byte[] head = new byte[64 * 1024];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            char c = (char) head[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (sum(counts) > 0) {
                    break; // the header line is enough
                }
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    private static int sum(int[] counts) {
        int s = 0;
        for (int c : counts) {
            s += c;
        }
        return s;
    }
}

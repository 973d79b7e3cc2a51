package io.tendlc.compliance.consent;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV. A cell a spreadsheet would run as a formula (starting with = @ + - tab or CR, other than a plain
 * number such as an E.164 phone) is prefixed with an apostrophe, so an exported disclosure cannot attack whoever
 * opens the file.
 */
final class Csv {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=@+-\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private Csv() {
    }
}

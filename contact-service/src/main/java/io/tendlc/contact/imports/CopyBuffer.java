package io.tendlc.contact.imports;

import java.util.Arrays;

/**
 * PostgreSQL COPY text format, written straight into a byte array as UTF-8: fields separated by tabs, rows by
 * newlines, {@code \N} for null, and backslash, tab, newline and carriage return escaped. The parser thread fills
 * it; the writer thread only streams the bytes.
 */
final class CopyBuffer {

    private byte[] bytes;
    private int length;
    private boolean rowStarted;

    CopyBuffer(int capacity) {
        bytes = new byte[Math.max(capacity, 1024)];
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Begins the next field (a tab unless it is the first of the row). */
    private void separator() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    void endRow() {
        put((byte) '\n');
        rowStarted = false;
    }

    CopyBuffer nul() {
        separator();
        ensure(2);
        bytes[length++] = '\\';
        bytes[length++] = 'N';
        return this;
    }

    CopyBuffer number(long value) {
        separator();
        ascii(Long.toString(value));
        return this;
    }

    /** A field whose text is known to need no escaping (uuids, E.164 numbers, SQL array/JSON built here). */
    CopyBuffer plain(String ascii) {
        separator();
        ascii(ascii);
        return this;
    }

    /** A text field (null for SQL null), escaped for COPY. */
    CopyBuffer text(String value) {
        if (value == null) {
            return nul();
        }
        separator();
        escaped(value);
        return this;
    }

    /** Appends text to the current field without starting a new one (for values built in pieces). */
    void escaped(String value) {
        int n = value.length();
        ensure(n * 3); // at most three bytes per char (an escape takes two)
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> { b[at++] = '\\'; b[at++] = '\\'; }
                    case '\t' -> { b[at++] = '\\'; b[at++] = 't'; }
                    case '\n' -> { b[at++] = '\\'; b[at++] = 'n'; }
                    case '\r' -> { b[at++] = '\\'; b[at++] = 'r'; }
                    case 0 -> { } // PostgreSQL text cannot hold NUL
                    default -> b[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i)); // two chars, four bytes: within n * 3
                b[at++] = (byte) (0xF0 | (cp >> 18));
                b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                if (Character.isSurrogate(c)) {
                    c = '\uFFFD'; // a lone surrogate is not valid UTF-8
                }
                b[at++] = (byte) (0xE0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        length = at;
    }

    void startField() {
        separator();
    }

    void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}

package io.tendlc.contact.imports;

import java.util.BitSet;

/**
 * Rows for one writer, committed in one transaction, as COPY text: {@code fresh} holds the rows whose phone appears
 * for the first time in the file (in contact's own column layout, so they can be copied straight into it),
 * {@code repeats} the later rows of a phone (with their occurrence number, applied by upsert in file order),
 * {@code members} the list memberships of the fresh rows, {@code rejections} the rejected rows. {@code lastRow}:
 * every row of this writer's partition up to it is in this chunk or an earlier one.
 */
final class Chunk {

    static final Chunk END = new Chunk(-1, -1, 0, 0);

    final int writer;
    final int seq;
    final long firstRow;
    long lastRow;
    final CopyBuffer fresh;
    final CopyBuffer repeats = new CopyBuffer(1024);
    final CopyBuffer members;
    final CopyBuffer rejections = new CopyBuffer(1024);
    /** The occurrences (2nd, 3rd… row of a phone in the file) among the repeats: one upsert round each. */
    final BitSet repeatOccurrences = new BitSet();
    int freshRows;
    int repeatRows;
    int rejected;

    Chunk(int writer, int seq, long firstRow, int capacity) {
        this.writer = writer;
        this.seq = seq;
        this.firstRow = firstRow;
        this.lastRow = firstRow;
        this.fresh = new CopyBuffer(capacity);
        this.members = new CopyBuffer(1024);
    }

    int rows() {
        return freshRows + repeatRows;
    }

    int size() {
        return freshRows + repeatRows + rejected;
    }
}

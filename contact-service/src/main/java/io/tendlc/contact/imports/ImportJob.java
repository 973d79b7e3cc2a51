package io.tendlc.contact.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import javax.sql.DataSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One run of an import: this thread streams the file through the CSV parser, normalises and validates each row
 * and encodes it as COPY text into the chunk of the writer that owns the phone number (phone mod writers), while
 * the writers ({@link ChunkWriter}, one connection each) commit chunks in parallel — parsing and database work
 * overlap on the machine's cores, and a bounded queue per writer keeps memory flat whatever the file size.
 *
 * <p>A resumed run (after a failure) parses the whole file again — the counters and the SHA-256 cover the whole
 * file — but writes only the rows after each writer's last committed row.
 */
final class ImportJob {

    /** What the parser learnt about the whole file; the committed counters live in {@link JobProgress}. */
    record Outcome(long rowsTotal, long duplicates, long bytesRead, String phonesSha256) {
    }

    private static final int QUEUE_DEPTH = 2;

    private final DataSource dataSource;
    private final ImportRecord job;
    private final FieldMapping mapping;
    private final ImportStore.Committed committed;
    private final JobProgress progress;
    private final int writers;
    private final int chunkRows;

    ImportJob(DataSource dataSource, ImportRecord job, FieldMapping mapping, ImportStore.Committed committed,
              JobProgress progress, int writers, int chunkRows) {
        this.dataSource = dataSource;
        this.job = job;
        this.mapping = mapping;
        this.committed = committed;
        this.progress = progress;
        this.writers = writers;
        this.chunkRows = chunkRows;
    }

    Outcome run() throws Exception {
        List<BlockingQueue<Chunk>> queues = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUE_DEPTH);
            queues.add(queue);
            threads.add(Thread.ofPlatform().name("import-writer-" + job.id().toString().substring(0, 8) + "-" + w)
                    .start(new ChunkWriter(dataSource, job, queue, progress)));
        }
        Outcome outcome;
        try {
            outcome = parse(queues);
            for (BlockingQueue<Chunk> queue : queues) {
                put(queue, Chunk.END);
            }
        } catch (Throwable t) {
            progress.fail(t);
            throw t;
        } finally {
            for (Thread thread : threads) {
                thread.join();
            }
        }
        if (progress.failure() != null) {
            throw new ImportFailedException(progress.failure());
        }
        return outcome;
    }

    private Outcome parse(List<BlockingQueue<Chunk>> queues) throws Exception {
        MessageDigest sha = sha256();
        PhoneCounts seen = new PhoneCounts(1 << 16);
        RowEncoder encoder = new RowEncoder(mapping, job.organizationId(),
                RowEncoder.constants(job.consentSource(), job.startedAt(), job.id()));
        String listId = job.listId() == null ? null : job.listId().toString();
        Chunk[] open = new Chunk[writers];
        int[] seq = new int[writers];
        for (int w = 0; w < writers; w++) {
            seq[w] = committed.nextSeq(w);
        }
        long[] skipUpTo = new long[writers];
        for (int w = 0; w < writers; w++) {
            skipUpTo[w] = committed.lastRow(w);
        }
        byte[] line = new byte[16];
        long rowNo = 0; // the header is row 1 and the first data row 2, as a spreadsheet numbers them
        long duplicates = 0;
        long dataRows = 0;
        int estimate = chunkRows * 200;
        try (CountingStream in = new CountingStream(Files.newInputStream(Path.of(job.storedFile())));
             CsvReader<CsvRecord> reader = CsvFormat.reader(job.delimiter(), job.encoding(), in)) {
            var records = reader.iterator();
            while (records.hasNext()) { // the header: the first record with a value, as CsvFormat found it
                rowNo++;
                if (records.next().getFields().stream().anyMatch(f -> !f.isBlank())) {
                    break;
                }
            }
            while (records.hasNext()) {
                CsvRecord record = records.next();
                rowNo++;
                dataRows++;
                List<String> fields = record.getFields();
                PhoneNormalizer.Result phone = PhoneNormalizer.normalize(RowEncoder.field(fields, mapping.phone()));
                String reason = phone.reason() != null ? phone.reason() : encoder.validate(fields);
                int w;
                if (reason != null) {
                    w = 0;
                    if (rowNo <= skipUpTo[w]) {
                        continue;
                    }
                    Chunk chunk = open[w] == null ? open[w] = new Chunk(w, seq[w]++, rowNo, estimate) : open[w];
                    chunk.rejections.plain(job.id().toString()).number(rowNo).text(reason)
                            .text(RowEncoder.raw(fields, job.delimiter()));
                    chunk.rejections.endRow();
                    chunk.rejected++;
                    chunk.lastRow = rowNo;
                } else {
                    long national = phone.nationalNumber();
                    String e164 = phone.e164();
                    int n = ascii(e164, line);
                    sha.update(line, 0, n);
                    int occurrence = seen.increment(national);
                    if (occurrence > 1) {
                        duplicates++;
                    }
                    w = writerOf(national, writers);
                    if (rowNo <= skipUpTo[w]) {
                        continue;
                    }
                    Chunk chunk = open[w] == null ? open[w] = new Chunk(w, seq[w]++, rowNo, estimate) : open[w];
                    String id = uuidV7();
                    if (occurrence == 1) {
                        encoder.write(chunk.fresh, id, national, e164, occurrence);
                        chunk.freshRows++;
                        if (listId != null) {
                            chunk.members.plain(listId).plain(id);
                            chunk.members.endRow();
                        }
                    } else {
                        encoder.write(chunk.repeats, id, national, e164, occurrence);
                        chunk.repeatOccurrences.set(occurrence);
                        chunk.repeatRows++;
                    }
                    chunk.lastRow = rowNo;
                }
                if (open[w].size() >= chunkRows) {
                    for (int k = 0; k < writers; k++) {
                        if (open[k] != null) {
                            open[k].lastRow = rowNo; // every row so far of k's partition is in this chunk or before
                        }
                    }
                    estimate = Math.max(estimate, open[w].fresh.length() + 4096);
                    put(queues.get(w), open[w]);
                    open[w] = null;
                    progress.bytesRead = in.count;
                    progress.duplicates = duplicates;
                }
            }
            for (int w = 0; w < writers; w++) {
                if (open[w] != null) {
                    open[w].lastRow = rowNo;
                    put(queues.get(w), open[w]);
                }
            }
            progress.bytesRead = in.count;
            progress.duplicates = duplicates;
            return new Outcome(dataRows, duplicates, in.count, HexFormat.of().formatHex(sha.digest()));
        }
    }

    private void put(BlockingQueue<Chunk> queue, Chunk chunk) throws InterruptedException {
        if (progress.failure() != null) { // a writer failed, or a stop was asked for: read no further
            throw new ImportFailedException(progress.failure());
        }
        if (queue.offer(chunk)) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            putBlocking(queue, chunk);
        } finally {
            progress.parserBlockedNanos.addAndGet(System.nanoTime() - t0);
        }
    }

    private void putBlocking(BlockingQueue<Chunk> queue, Chunk chunk) throws InterruptedException {
        while (!queue.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
            if (progress.failure() != null) {
                throw new ImportFailedException(progress.failure());
            }
        }
    }

    /**
     * Which writer owns a phone number: blocks of 1,024 consecutive numbers, spread by a hash, so the writers insert
     * into different leaf pages of the (organization_id, phone) index instead of fighting over the same ones.
     * Resuming depends on it: change it only together with a migration that fails RUNNING/FAILED imports.
     */
    static int writerOf(long nationalNumber, int writers) {
        long h = (nationalNumber >>> 10) * 0x9E3779B97F4A7C15L;
        return (int) Long.remainderUnsigned(h ^ (h >>> 29), writers);
    }

    /** The E.164 number and a newline, as bytes: what the import's SHA-256 is computed over. */
    private static int ascii(String e164, byte[] out) {
        int n = e164.length();
        for (int i = 0; i < n; i++) {
            out[i] = (byte) e164.charAt(i);
        }
        out[n] = '\n';
        return n + 1;
    }

    /** Time-ordered ids (RFC 9562 version 7) keep the primary key index append-mostly during a bulk load. */
    static String uuidV7() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An import that could not finish; the cause is the first failure of the parser or of a writer. */
    static final class ImportFailedException extends RuntimeException {
        ImportFailedException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}

package io.tendlc.compliance.ledger;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

/**
 * An append-only log in one MongoDB collection, one hash chain per organization: every entry carries
 * {@code seq} (1, 2, 3… per organization, without gaps), {@code prevHash} (the previous entry's hash, 64 zeros for
 * the first) and {@code hash = SHA-256(prevHash + canonical JSON of the entry)} ({@link CanonicalJson}). Changing,
 * removing or reordering an entry breaks the chain from there on, which {@link #verify} finds.
 *
 * <p>Appends may race (several consumers, several partitions, one organization): the unique index on
 * {@code (organizationId, seq)} is the compare-and-set — of two writers that read the same head only one inserts
 * {@code seq + 1}, the other reads the new head and tries again. The unique index on {@code eventId} makes a
 * redelivered event add nothing. There is deliberately no update or delete here.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);

    static final String ORGANIZATION = "organizationId";
    static final String SEQ = "seq";
    static final String EVENT_ID = "eventId";
    static final String RECORDED_AT = "recordedAt";
    static final String PREV_HASH = "prevHash";
    static final String HASH = "hash";

    private static final int MAX_ATTEMPTS = 1_000;

    private final MongoCollection<Document> entries;
    private final Clock clock;

    public HashChain(MongoCollection<Document> entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
        entries.createIndex(Indexes.ascending(ORGANIZATION, SEQ), new IndexOptions().unique(true).name("org_seq"));
        entries.createIndex(Indexes.ascending(EVENT_ID), new IndexOptions().unique(true).name("event_id"));
    }

    /** The collection, for queries; writing to it other than through {@link #append} breaks the chain. */
    public MongoCollection<Document> entries() {
        return entries;
    }

    /**
     * Appends the entry made of {@code fields} (not {@code _id}, {@code seq}, {@code eventId}, {@code recordedAt},
     * {@code prevHash} or {@code hash}, which the chain sets) to the organization's chain, unless an entry of this
     * event is already kept. Values are strings, numbers, booleans, dates ({@link #date}) or null.
     */
    public Appended append(UUID organizationId, UUID eventId, Document fields) {
        String organization = organizationId.toString();
        String event = eventId.toString();
        for (int attempt = 1; ; attempt++) {
            Document kept = entries.find(eq(EVENT_ID, event)).first();
            if (kept != null) {
                return new Appended(kept, false);
            }
            Document head = entries.find(eq(ORGANIZATION, organization)).sort(descending(SEQ))
                    .projection(include(SEQ, HASH)).first();
            long seq = head == null ? 1 : ((Number) head.get(SEQ)).longValue() + 1;
            String prevHash = head == null ? GENESIS : head.getString(HASH);
            Document entry = new Document(ORGANIZATION, organization).append(SEQ, seq);
            entry.putAll(fields);
            entry.append(EVENT_ID, event).append(RECORDED_AT, date(clock.instant())).append(PREV_HASH, prevHash);
            entry.append(HASH, CanonicalJson.hash(prevHash, entry));
            try {
                entries.insertOne(entry);
                return new Appended(entry, true);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                // another writer took this seq (or recorded this very event): back off a little, read again
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(50_000, 500_000L * Math.min(attempt, 8)));
            }
        }
    }

    /** Recomputes every hash of the organization's chain in seq order; reports the first entry that does not fit. */
    public Verification verify(UUID organizationId) {
        long expected = 1;
        long count = 0;
        String prevHash = GENESIS;
        Long broken = null;
        String problem = null;
        for (Document entry : entries.find(eq(ORGANIZATION, organizationId.toString())).sort(ascending(SEQ))
                .batchSize(1_000)) {
            count++;
            if (broken != null) {
                continue;
            }
            problem = problem(entry, expected, prevHash);
            if (problem != null) {
                broken = expected;
                continue;
            }
            prevHash = entry.getString(HASH);
            expected++;
        }
        return new Verification(broken == null, count, broken, problem, clock.instant());
    }

    private static String problem(Document entry, long expected, String prevHash) {
        Object seq = entry.get(SEQ);
        if (!(seq instanceof Number n) || n.longValue() != expected) {
            return "entry " + expected + " is missing or out of place";
        }
        if (!prevHash.equals(entry.get(PREV_HASH))) {
            return "entry " + expected + " does not link to the previous entry's hash";
        }
        if (!CanonicalJson.hash(prevHash, entry).equals(entry.get(HASH))) {
            return "entry " + expected + " was altered: its hash does not match its content";
        }
        return null;
    }

    /** An instant as the chain stores it: a BSON date, to the millisecond (so the stored value hashes the same). */
    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * @param entry the kept entry
     * @param fresh whether this call appended it (false: the event was recorded before)
     */
    public record Appended(Document entry, boolean fresh) {
    }
}

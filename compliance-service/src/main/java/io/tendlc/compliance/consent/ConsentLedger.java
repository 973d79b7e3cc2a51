package io.tendlc.compliance.consent;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.tendlc.compliance.ledger.HashChain;
import io.tendlc.compliance.ledger.Verification;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.contacts.ConsentChanged;
import io.tendlc.events.contacts.ContactsImported;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

/**
 * The consent evidence the platform must keep (at least four years; opt-outs forever): every opt-in, opt-out and
 * re-opt-in of a phone number, and each import's attestation, in one tamper-evident chain per organization.
 * Entries are only ever appended — there is no path that changes or removes one.
 */
@Component
class ConsentLedger {

    static final String COLLECTION = "consent_ledger";
    static final String IMPORT = "IMPORT";
    /** Set by the chain itself. */
    private static final java.util.Set<String> CHAIN_FIELDS = java.util.Set.of("organizationId", "seq", "eventId",
            "recordedAt", "prevHash", "hash");

    private final HashChain chain;

    ConsentLedger(MongoDatabase database, Clock clock) {
        this.chain = new HashChain(database.getCollection(COLLECTION), clock);
        chain.entries().createIndex(Indexes.ascending("organizationId", "phone", "seq"),
                new IndexOptions().name("org_phone_seq"));
    }

    HashChain.Appended record(EventEnvelope<?> event, UUID organizationId, ConsentChanged consent) {
        Document entry = blank().append("phone", consent.phone().strip())
                .append("brandId", text(consent.brandId()))
                .append("campaignId", text(consent.campaignId()))
                .append("type", consent.type() != null ? consent.type() : typeOf(event.type()))
                .append("scope", consent.scope())
                .append("channel", consent.channel())
                .append("source", consent.source())
                .append("disclosure", consent.disclosure())
                .append("disclosureVersion", consent.disclosureVersion())
                .append("ipAddress", consent.ipAddress())
                .append("userAgent", consent.userAgent())
                .append("messageSid", consent.messageSid())
                .append("occurredAt", HashChain.date(consent.occurredAt() != null ? consent.occurredAt()
                        : event.occurredAt()))
                .append("timeZone", consent.timeZone())
                .append("eventType", event.type());
        return chain.append(organizationId, event.id(), entry);
    }

    HashChain.Appended recordImport(EventEnvelope<?> event, UUID organizationId, ContactsImported imported) {
        Document entry = blank().append("type", IMPORT)
                .append("channel", IMPORT)
                .append("source", imported.consentSource())
                .append("importId", text(imported.importId()))
                .append("listId", text(imported.listId()))
                .append("imported", imported.imported())
                .append("rejected", imported.rejected())
                .append("attestation", imported.attestation())
                .append("phonesSha256", imported.phonesSha256())
                .append("importedBy", imported.importedBy())
                .append("occurredAt", HashChain.date(imported.finishedAt() != null ? imported.finishedAt()
                        : event.occurredAt()))
                .append("eventType", event.type());
        return chain.append(organizationId, event.id(), entry);
    }

    /** The person's entries, newest first. */
    List<ConsentEntry> history(UUID organizationId, String phone) {
        return chain.entries().find(and(eq("organizationId", organizationId.toString()), eq("phone", phone)))
                .sort(descending("seq")).map(ConsentEntry::of).into(new ArrayList<>());
    }

    /** The person's entries, oldest first (the order evidence is read in). */
    List<ConsentEntry> chronological(UUID organizationId, String phone) {
        return chain.entries().find(and(eq("organizationId", organizationId.toString()), eq("phone", phone)))
                .sort(ascending("seq")).map(ConsentEntry::of).into(new ArrayList<>());
    }

    Verification verify(UUID organizationId) {
        return chain.verify(organizationId);
    }

    /**
     * Every field of an entry, all null: both kinds of entry store the same fields, so an exported entry (nulls
     * included) is exactly what was hashed.
     */
    private static Document blank() {
        Document entry = new Document();
        for (String field : ConsentEntry.COLUMNS) {
            if (!CHAIN_FIELDS.contains(field)) {
                entry.append(field, null);
            }
        }
        return entry;
    }

    private static String typeOf(String eventType) {
        return switch (eventType) {
            case "contact.opted_out" -> "OPT_OUT";
            case "contact.opted_in" -> "OPT_IN";
            default -> eventType;
        };
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}

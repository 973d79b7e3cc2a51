package io.tendlc.compliance.audit;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.tendlc.compliance.ledger.HashChain;
import io.tendlc.compliance.ledger.Verification;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.contacts.AuditRecorded;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Sorts.descending;

/** Who changed what, when, before and after: append-only, hash-chained per organization like the consent ledger. */
@Component
class AuditLog {

    static final String COLLECTION = "audit_log";

    private final HashChain chain;

    AuditLog(MongoDatabase database, Clock clock) {
        this.chain = new HashChain(database.getCollection(COLLECTION), clock);
        chain.entries().createIndex(Indexes.ascending("organizationId", "resourceType", "resourceId", "seq"),
                new IndexOptions().name("org_resource_seq"));
    }

    HashChain.Appended record(EventEnvelope<?> event, UUID organizationId, AuditRecorded audit) {
        Document entry = new Document("actor", audit.actor())
                .append("action", audit.action())
                .append("resourceType", audit.resourceType())
                .append("resourceId", audit.resourceId())
                .append("before", audit.before())
                .append("after", audit.after())
                .append("occurredAt", HashChain.date(audit.occurredAt() != null ? audit.occurredAt()
                        : event.occurredAt()));
        return chain.append(organizationId, event.id(), entry);
    }

    /**
     * The organization's entries newest first, optionally of one resource type (and id), older than a seq or an
     * instant; one more than asked is read to tell whether another page follows.
     */
    AuditPage find(UUID organizationId, String resourceType, String resourceId, Long beforeSeq, Instant beforeTime,
                   int limit) {
        List<Bson> filters = new ArrayList<>(List.of(eq("organizationId", organizationId.toString())));
        if (resourceType != null) {
            filters.add(eq("resourceType", resourceType));
        }
        if (resourceId != null) {
            filters.add(eq("resourceId", resourceId));
        }
        if (beforeSeq != null) {
            filters.add(lt("seq", beforeSeq));
        }
        if (beforeTime != null) {
            filters.add(lt("occurredAt", HashChain.date(beforeTime)));
        }
        List<AuditEntry> items = chain.entries().find(and(filters)).sort(descending("seq")).limit(limit + 1)
                .map(AuditEntry::of).into(new ArrayList<>());
        Long next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            next = items.getLast().seq();
        }
        return new AuditPage(List.copyOf(items), next);
    }

    Verification verify(UUID organizationId) {
        return chain.verify(organizationId);
    }
}

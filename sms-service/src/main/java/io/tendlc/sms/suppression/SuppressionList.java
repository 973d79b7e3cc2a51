package io.tendlc.sms.suppression;

import io.tendlc.events.EventTypes;
import io.tendlc.events.contacts.ConsentChanged;
import io.tendlc.platform.events.EventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Phones that must not be texted, per brand across all of its numbers, kept forever (an opt-out is never
 * forgotten, only lifted by the person's own START). Every change is announced on {@code contacts.consent}
 * (keyed {@code organizationId:phone}) in the same transaction, for contacts and the consent ledger.
 *
 * <p>A suppression with no brand stands for "the brand of a number that was in no known campaign": it holds for
 * every brand of the organization. The send path reads this table in its sender query
 * ({@code PhoneNumbers.senderCheck}), so the rule lives in SQL there too.
 */
@Component
public class SuppressionList {

    public static final String REASON_KEYWORD = "OPT_OUT_KEYWORD";
    public static final String REASON_CARRIER = "CARRIER_UNSUBSCRIBED";
    /** Recorded by another service (contacts API, web form) and announced there. */
    public static final String REASON_ELSEWHERE = "OPTED_OUT_ELSEWHERE";

    private final JdbcClient jdbc;
    private final EventPublisher events;

    SuppressionList(JdbcClient jdbc, EventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * One opt-out: suppresses the phone for the brand (no-op if it already is) and announces it.
     *
     * @param channel SMS (a keyword) or CARRIER (Twilio 21610)
     * @param announceRepeat whether an opt-out of a phone already suppressed is announced too: a person texting
     *                       STOP again is evidence worth keeping; the carrier repeating itself is not
     * @return true when the phone was not suppressed before: the one time a confirmation may be sent
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean optOut(OptOut o, boolean announceRepeat) {
        boolean added = insert(o);
        if (added || announceRepeat) {
            events.publish(EventTypes.CONTACT_OPTED_OUT, o.organizationId(), key(o.organizationId(), o.phone()),
                    new ConsentChanged(o.organizationId(), o.brandId(), o.campaignId(), o.phone(), "OPT_OUT", "BRAND",
                            o.channel(), o.source(), null, null, null, null, o.messageSid(), o.at(), null));
        }
        return added;
    }

    /** An opt-out another service recorded and announced: suppressed here too, not announced again. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordElsewhere(OptOut o) {
        insert(o);
    }

    private boolean insert(OptOut o) {
        return jdbc.sql("""
                        insert into suppression (organization_id, brand_id, phone, reason, source, created_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(o.organizationId(), o.brandId(), o.phone(), o.reason(), o.source(),
                        java.sql.Timestamp.from(o.at()))
                .update() == 1;
    }

    /**
     * The person texted START (UNSTOP, YES): lifts the brand's suppression, and one that held organization-wide
     * because the brand was not known when it was made. Announced as a re-opt-in only when there was one.
     *
     * @return true when a suppression was lifted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean optBackIn(UUID organizationId, UUID brandId, UUID campaignId, String phone, String keyword,
                             String messageSid, Instant at) {
        boolean lifted = jdbc.sql("""
                        delete from suppression
                        where organization_id = ? and phone = ? and (brand_id = ? or brand_id is null)""")
                .params(organizationId, phone, brandId).update() > 0;
        if (lifted) {
            events.publish(EventTypes.CONTACT_OPTED_IN, organizationId, key(organizationId, phone),
                    new ConsentChanged(organizationId, brandId, campaignId, phone, "RE_OPT_IN", "BRAND", "SMS", keyword,
                            null, null, null, null, messageSid, at, null));
        }
        return lifted;
    }

    /** Whether the phone may not be texted by the brand (reads outside the send path, e.g. the keyword replies). */
    public boolean isSuppressed(UUID organizationId, UUID brandId, String phone) {
        return jdbc.sql("""
                        select exists (select 1 from suppression where phone = ?
                                       and (brand_id = ? or (brand_id is null and organization_id = ?)))""")
                .params(phone, brandId, organizationId).query(Boolean.class).single();
    }

    private static String key(UUID organizationId, String phone) {
        return organizationId + ":" + phone;
    }

    /**
     * @param brandId    null when the number texted was in no known campaign: the opt-out then holds for every
     *                   brand of the organization
     * @param reason     {@link #REASON_KEYWORD} or {@link #REASON_CARRIER}
     * @param source     the keyword or phrase texted, or the Twilio error
     * @param messageSid the inbound message (keyword) or the refused outbound one (carrier), if any
     */
    public record OptOut(UUID organizationId, UUID brandId, UUID campaignId, String phone, String reason,
                         String channel, String source, String messageSid, Instant at) {
    }
}

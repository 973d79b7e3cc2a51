package io.tendlc.sms.numbers;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organizations' sender numbers. Every read through the API is scoped to the caller's organization. */
@Component
public class PhoneNumbers {

    private static final RowMapper<PhoneNumber> ROW = (rs, i) -> new PhoneNumber(rs.getObject("id", UUID.class),
            rs.getObject("organization_id", UUID.class), rs.getString("e164"), NumberStatus.valueOf(rs.getString("status")),
            rs.getObject("campaign_id", UUID.class), rs.getString("status_reason"), rs.getString("twilio_sid"),
            rs.getString("messaging_service_sid"), instant(rs.getTimestamp("twilio_released_at")),
            instant(rs.getTimestamp("assignment_requested_at")), rs.getInt("sync_attempts"),
            instant(rs.getTimestamp("sync_at")), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("updated_at")));

    private final JdbcClient jdbc;

    PhoneNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether the organization may send from this number to this recipient, in one indexed lookup joined to the
     * campaign projection and the suppression list: the send path asks this for every message.
     */
    public SenderCheck senderCheck(UUID organizationId, String e164, String recipient) {
        return jdbc.sql("""
                        select n.status, c.status as campaign_status,
                               exists (select 1 from suppression s
                                       where s.phone = ? and (s.brand_id = c.brand_id
                                             or (s.brand_id is null and s.organization_id = n.organization_id))) as opted_out
                        from phone_number n
                        left join campaign_status c on c.campaign_id = n.campaign_id and c.organization_id = n.organization_id
                        where n.e164 = ? and n.organization_id = ? and n.status <> 'RELEASED'""")
                .params(recipient, e164, organizationId)
                .query((rs, i) -> SenderCheck.of(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional()
                .orElse(SenderCheck.UNKNOWN);
    }

    /** Who a number texted by someone belongs to, and what its campaign answers to keywords; empty if nobody's. */
    public Optional<Route> route(String e164) {
        return jdbc.sql(ROUTE + " where n.e164 = ? and n.status not in ('PURCHASING', 'RELEASED')")
                .param(e164).query(Route.ROW).optional();
    }

    /** The organization's number as the send path sees it (its campaign and brand), if it has it. */
    public Optional<Route> route(UUID organizationId, String e164) {
        return jdbc.sql(ROUTE + " where n.e164 = ? and n.organization_id = ? and n.status not in ('PURCHASING', 'RELEASED')")
                .params(e164, organizationId).query(Route.ROW).optional();
    }

    private static final String ROUTE = """
            select n.organization_id, n.e164, n.campaign_id, c.brand_id, n.status, c.status as campaign_status,
                   c.help_message, c.optout_message, c.optin_message
            from phone_number n
            left join campaign_status c on c.campaign_id = n.campaign_id and c.organization_id = n.organization_id""";

    /**
     * A platform number, as inbound messages and keyword replies need it.
     *
     * @param campaignId null when the number is in no campaign; {@code brandId} then null too
     * @param canSend    assigned to a campaign that is approved now
     */
    public record Route(UUID organizationId, String e164, UUID campaignId, UUID brandId, boolean canSend,
                        String helpMessage, String optoutMessage, String optinMessage) {

        static final RowMapper<Route> ROW = (rs, i) -> new Route(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                SenderCheck.of(rs.getString(5), rs.getString(6), false) == SenderCheck.REGISTERED,
                rs.getString(7), rs.getString(8), rs.getString(9));
    }

    /** Adds a number the platform did not buy (no Twilio sid) unless someone holds it; true when added. */
    public boolean add(UUID organizationId, String e164) {
        return jdbc.sql("""
                        insert into phone_number (id, organization_id, e164) values (?, ?, ?)
                        on conflict (e164) where status <> 'RELEASED' do nothing""")
                .params(UUID.randomUUID(), organizationId, e164).update() == 1;
    }

    /** The number as its organization sees it (a purchase still being confirmed is not shown). */
    Optional<PhoneNumber> find(UUID organizationId, UUID id) {
        return jdbc.sql("select * from phone_number where id = ? and organization_id = ? and status <> 'PURCHASING'")
                .params(id, organizationId).query(ROW).optional();
    }

    Optional<PhoneNumber> find(UUID id) {
        return jdbc.sql("select * from phone_number where id = ?").param(id).query(ROW).optional();
    }

    /** The organization's numbers, newest first, released ones left out. */
    List<PhoneNumber> list(UUID organizationId) {
        return jdbc.sql("""
                        select * from phone_number where organization_id = ? and status not in ('PURCHASING', 'RELEASED')
                        order by created_at desc""")
                .param(organizationId).query(ROW).list();
    }

    /** Who holds the number now, if anyone. */
    Optional<UUID> holder(String e164) {
        return jdbc.sql("select organization_id from phone_number where e164 = ? and status <> 'RELEASED'")
                .param(e164).query(UUID.class).optional();
    }

    /** Reserves the number for a purchase; empty when someone already holds it. Checked again after {@code grace}. */
    Optional<PhoneNumber> reserve(UUID organizationId, String e164, Duration grace) {
        return jdbc.sql("""
                        insert into phone_number (id, organization_id, e164, status, sync_at)
                        values (?, ?, ?, 'PURCHASING', now() + ?::interval)
                        on conflict (e164) where status <> 'RELEASED' do nothing returning *""")
                .params(UUID.randomUUID(), organizationId, e164, grace.toMillis() + " milliseconds")
                .query(ROW).optional();
    }

    /** The purchase went through: the number is the organization's, unassigned. */
    Optional<PhoneNumber> purchased(UUID id, String twilioSid) {
        return jdbc.sql("""
                        update phone_number set status = 'UNASSIGNED', twilio_sid = ?, sync_at = null, sync_attempts = 0,
                            updated_at = now()
                        where id = ? and status = 'PURCHASING' returning *""")
                .params(twilioSid, id).query(ROW).optional();
    }

    /** The purchase did not happen: the reservation goes. */
    void dropReservation(UUID id) {
        jdbc.sql("delete from phone_number where id = ? and status = 'PURCHASING'").param(id).update();
    }

    /**
     * Moves the number to a new status in the organization's name. Twilio work may follow (attach, detach,
     * release), so it is always made due: the sync worker finds out what, if anything, is left to do.
     */
    Optional<PhoneNumber> change(UUID organizationId, UUID id, NumberStatus status, UUID campaignId) {
        return jdbc.sql("""
                        update phone_number set status = ?, campaign_id = ?, status_reason = null, sync_attempts = 0,
                            sync_at = now(), updated_at = now(),
                            assignment_requested_at = case when ? = 'PENDING_ASSIGNMENT' then now() else assignment_requested_at end
                        where id = ? and organization_id = ? and status not in ('PURCHASING', 'RELEASED') returning *""")
                .params(status.name(), campaignId, status.name(), id, organizationId).query(ROW).optional();
    }

    /** Numbers whose assignment failed because their campaign was not approved yet get another try. */
    int retryFailedAssignments(UUID campaignId) {
        return jdbc.sql("""
                        update phone_number set status = 'PENDING_ASSIGNMENT', status_reason = null, sync_attempts = 0,
                            sync_at = now(), updated_at = now(), assignment_requested_at = now()
                        where campaign_id = ? and status = 'FAILED_ASSIGNMENT'""")
                .param(campaignId).update();
    }

    /**
     * Claims numbers with Twilio work due, leasing them for {@code lease} so another replica (or the next round)
     * leaves them alone meanwhile.
     */
    List<PhoneNumber> claimDue(int limit, Duration lease) {
        return jdbc.sql("""
                        update phone_number set sync_at = now() + ?::interval
                        where id in (select id from phone_number where sync_at <= now()
                                     order by sync_at limit ? for update skip locked)
                        returning *""")
                .params(lease.toMillis() + " milliseconds", limit).query(ROW).list();
    }

    /**
     * Settles the number as the worker found it, unless the organization changed it meanwhile ({@code updated_at}
     * moved): then the newer change stands and has made its own work due.
     */
    Optional<PhoneNumber> settle(PhoneNumber seen, NumberStatus status, String reason) {
        return jdbc.sql("""
                        update phone_number set status = ?, status_reason = ?, sync_at = null, sync_attempts = 0,
                            updated_at = now()
                        where id = ? and updated_at = ? returning *""")
                .params(status.name(), reason, seen.id(), Timestamp.from(seen.updatedAt())).query(ROW).optional();
    }

    /** Nothing (more) to do at Twilio for now, unless the number changed meanwhile. */
    void done(PhoneNumber seen) {
        jdbc.sql("update phone_number set sync_at = null, sync_attempts = 0 where id = ? and updated_at = ?")
                .params(seen.id(), Timestamp.from(seen.updatedAt())).update();
    }

    /** Try again at {@code at}, with a reason the organization can see while it waits. */
    void retryAt(PhoneNumber seen, Instant at, String reason) {
        jdbc.sql("""
                        update phone_number set sync_at = ?, sync_attempts = sync_attempts + 1,
                            status_reason = coalesce(?, status_reason)
                        where id = ? and updated_at = ?""")
                .params(Timestamp.from(at), reason, seen.id(), Timestamp.from(seen.updatedAt())).update();
    }

    /**
     * Records that Twilio now has the number in this Messaging Service, whatever else changed meanwhile. If the
     * number no longer wants to be there, its work is made due so the worker takes it out again.
     */
    void recordInMessagingService(UUID id, String serviceSid) {
        jdbc.sql("""
                        update phone_number set messaging_service_sid = ?,
                            sync_at = case when status in ('ASSIGNED', 'PENDING_ASSIGNMENT') then sync_at else now() end
                        where id = ?""")
                .params(serviceSid, id).update();
    }

    /** Records that Twilio no longer has the number in any Messaging Service. */
    void recordOutOfMessagingService(UUID id) {
        jdbc.sql("update phone_number set messaging_service_sid = null where id = ?").param(id).update();
    }

    void recordReleasedAtTwilio(UUID id) {
        jdbc.sql("update phone_number set twilio_released_at = now(), messaging_service_sid = null where id = ?")
                .param(id).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** What the send path needs to know about a from number and a recipient. */
    public enum SenderCheck {
        /** Not a number of this organization. */
        UNKNOWN,
        /** The organization's, but not assigned to a campaign that is approved now (Twilio would answer 30034). */
        NOT_REGISTERED,
        /** The recipient opted out of the number's brand (Twilio would answer 21610). */
        RECIPIENT_OPTED_OUT,
        REGISTERED;

        static SenderCheck of(String numberStatus, String campaignStatus, boolean optedOut) {
            if (!"ASSIGNED".equals(numberStatus) || !"APPROVED".equals(campaignStatus)) {
                return NOT_REGISTERED;
            }
            return optedOut ? RECIPIENT_OPTED_OUT : REGISTERED;
        }
    }
}

package io.tendlc.notification;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.events.registry.CampaignChanged;
import io.tendlc.notification.mail.IdentityEvents;
import io.tendlc.notification.mail.Inbox;
import io.tendlc.platform.test.TestTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * An organization of a test, built from the events user-service, brand-service and campaign-service publish: its
 * members (each with a mailbox of their own on the embedded SMTP server) and its brands' and campaigns' changes.
 */
public final class TestOrganization {

    public final UUID id = UUID.randomUUID();
    private final IdentityEvents events;
    private final JdbcClient jdbc;
    private int members;

    public TestOrganization(KafkaTemplate<String, byte[]> kafka, JdbcClient jdbc) {
        this.events = new IdentityEvents(kafka);
        this.jdbc = jdbc;
    }

    /** A member as user-service announces them; {@link #awaitMembers()} before relying on the projection. */
    public Member member(String name, String role) {
        Member member = new Member(UUID.randomUUID(), id, Inbox.newAddress(name), role);
        events.publish(EventTypes.MEMBERSHIP_CREATED, id, id.toString(),
                new MembershipChanged(id, member.userId(), member.email(), role));
        members++;
        return member;
    }

    public void remove(Member member) {
        events.publish(EventTypes.MEMBERSHIP_REMOVED, id, id.toString(),
                new MembershipChanged(id, member.userId(), member.email(), member.role()));
    }

    /** Waits until notification-service knows every member announced, and the removals. */
    public void awaitMembers(int removed) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select count(*) filter (where removed), count(*) from org_member where organization_id = ?")
                .param(id).query((rs, i) -> rs.getInt(1) == removed && rs.getInt(2) == members).single());
    }

    public EventEnvelope<BrandChanged> brand(EventType<BrandChanged> type, UUID brandId, String displayName,
                                             String companyName, String identityStatus, String reason, Instant changedAt) {
        String status = switch (type.name()) {
            case "brand.approved" -> "APPROVED";
            case "brand.rejected" -> "REJECTED";
            case "brand.suspended" -> "SUSPENDED";
            default -> "PENDING";
        };
        return events.publish(type, id, brandId.toString(), new BrandChanged(brandId, id, "B" + code(brandId),
                displayName, companyName, "PRIVATE_PROFIT", identityStatus, null, status, reason, changedAt));
    }

    public EventEnvelope<CampaignChanged> campaign(EventType<CampaignChanged> type, UUID campaignId, UUID brandId,
                                                   Map<String, String> carriers, String reason, Instant changedAt) {
        String status = type.name().substring("campaign.".length()).toUpperCase(java.util.Locale.ROOT);
        return events.publish(type, id, campaignId.toString(), new CampaignChanged(campaignId, id, brandId,
                "C" + code(campaignId), "ACCOUNT_NOTIFICATION", status, carriers, 240, 2000, reason, changedAt));
    }

    /** Publishes the same envelope again, as a redelivery would. */
    public void redeliver(String topic, EventEnvelope<?> event) {
        events.publish(topic, event);
    }

    /** Waits until the brand's name is known (campaign notices name their brand). */
    public void awaitBrandName(UUID brandId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from brand_name where brand_id = ?")
                .param(brandId).query(Integer.class).single() == 1);
    }

    /** Now, as PostgreSQL keeps it. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String code(UUID id) {
        return id.toString().replace("-", "").substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }

    /** A member of the organization, with their access token. */
    public record Member(UUID userId, UUID organizationId, String email, String role) {
        public String token() {
            return TestTokens.user(userId, organizationId, role);
        }
    }
}

package io.tendlc.events;

import io.tendlc.events.contacts.AuditRecorded;
import io.tendlc.events.contacts.ConsentChanged;
import io.tendlc.events.contacts.ContactChanged;
import io.tendlc.events.contacts.ContactsImported;
import io.tendlc.events.identity.AccountMailRequested;
import io.tendlc.events.identity.InvitationCreated;
import io.tendlc.events.identity.MembershipChanged;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.events.identity.UserEmailVerified;
import io.tendlc.events.identity.UserUpdated;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.events.registry.CampaignChanged;
import io.tendlc.events.sms.MessageStatusChanged;
import io.tendlc.events.sms.NumberChanged;
import io.tendlc.events.sms.SendMessageRequested;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the platform, by wire name. */
public final class EventTypes {

    public static final EventType<SendMessageRequested> SEND_REQUESTED =
            new EventType<>("sms.send_requested", Topics.SMS_SEND, SendMessageRequested.class);

    public static final EventType<MessageStatusChanged> MESSAGE_ACCEPTED = message("message.accepted");
    public static final EventType<MessageStatusChanged> MESSAGE_QUEUED = message("message.queued");
    public static final EventType<MessageStatusChanged> MESSAGE_SENT = message("message.sent");
    public static final EventType<MessageStatusChanged> MESSAGE_DELIVERED = message("message.delivered");
    public static final EventType<MessageStatusChanged> MESSAGE_UNDELIVERED = message("message.undelivered");
    public static final EventType<MessageStatusChanged> MESSAGE_FAILED = message("message.failed");

    public static final EventType<UserCreated> USER_CREATED =
            new EventType<>("user.created", Topics.USERS, UserCreated.class);
    public static final EventType<UserEmailVerified> USER_EMAIL_VERIFIED =
            new EventType<>("user.email_verified", Topics.USERS, UserEmailVerified.class);
    public static final EventType<UserUpdated> USER_UPDATED =
            new EventType<>("user.updated", Topics.USERS, UserUpdated.class);
    /** Mail with a signed verification link (key: user id). */
    public static final EventType<AccountMailRequested> EMAIL_VERIFICATION_REQUESTED =
            new EventType<>("auth.email_verification_requested", Topics.USERS, AccountMailRequested.class);
    /** Mail with a single-use password reset link (key: user id). */
    public static final EventType<AccountMailRequested> PASSWORD_RESET_REQUESTED =
            new EventType<>("auth.password_reset_requested", Topics.USERS, AccountMailRequested.class);

    public static final EventType<MembershipChanged> MEMBERSHIP_CREATED = membership("membership.created");
    public static final EventType<MembershipChanged> MEMBERSHIP_UPDATED = membership("membership.updated");
    public static final EventType<MembershipChanged> MEMBERSHIP_REMOVED = membership("membership.removed");
    public static final EventType<InvitationCreated> INVITATION_CREATED =
            new EventType<>("invitation.created", Topics.MEMBERSHIPS, InvitationCreated.class);

    public static final EventType<BrandChanged> BRAND_REGISTERED = brand("brand.registered");
    public static final EventType<BrandChanged> BRAND_APPROVED = brand("brand.approved");
    public static final EventType<BrandChanged> BRAND_REJECTED = brand("brand.rejected");
    public static final EventType<BrandChanged> BRAND_SUSPENDED = brand("brand.suspended");
    public static final EventType<BrandChanged> BRAND_UPDATED = brand("brand.updated");
    public static final EventType<BrandChanged> BRAND_DELETED = brand("brand.deleted");

    public static final EventType<CampaignChanged> CAMPAIGN_CREATED = campaign("campaign.created");
    public static final EventType<CampaignChanged> CAMPAIGN_APPROVED = campaign("campaign.approved");
    public static final EventType<CampaignChanged> CAMPAIGN_REJECTED = campaign("campaign.rejected");
    public static final EventType<CampaignChanged> CAMPAIGN_SUSPENDED = campaign("campaign.suspended");
    public static final EventType<CampaignChanged> CAMPAIGN_EXPIRED = campaign("campaign.expired");
    public static final EventType<CampaignChanged> CAMPAIGN_UPDATED = campaign("campaign.updated");
    public static final EventType<CampaignChanged> CAMPAIGN_DELETED = campaign("campaign.deleted");

    public static final EventType<NumberChanged> NUMBER_PURCHASED = number("number.purchased");
    public static final EventType<NumberChanged> NUMBER_ASSIGNED = number("number.assigned");
    public static final EventType<NumberChanged> NUMBER_ASSIGNMENT_FAILED = number("number.assignment_failed");
    public static final EventType<NumberChanged> NUMBER_UNASSIGNED = number("number.unassigned");
    public static final EventType<NumberChanged> NUMBER_RELEASED = number("number.released");

    public static final EventType<ConsentChanged> CONTACT_OPTED_IN =
            new EventType<>("contact.opted_in", Topics.CONSENT, ConsentChanged.class);
    public static final EventType<ConsentChanged> CONTACT_OPTED_OUT =
            new EventType<>("contact.opted_out", Topics.CONSENT, ConsentChanged.class);
    public static final EventType<ContactChanged> CONTACT_CREATED = contact("contact.created");
    public static final EventType<ContactChanged> CONTACT_UPDATED = contact("contact.updated");
    public static final EventType<ContactChanged> CONTACT_DELETED = contact("contact.deleted");
    public static final EventType<ContactsImported> CONTACT_IMPORT_COMPLETED =
            new EventType<>("contact.import_completed", Topics.CONTACTS, ContactsImported.class);
    public static final EventType<AuditRecorded> AUDIT_RECORDED =
            new EventType<>("audit.recorded", Topics.AUDIT, AuditRecorded.class);

    private static final Map<String, EventType<?>> BY_NAME = List.<EventType<?>>of(
                    SEND_REQUESTED, MESSAGE_ACCEPTED, MESSAGE_QUEUED, MESSAGE_SENT, MESSAGE_DELIVERED,
                    MESSAGE_UNDELIVERED, MESSAGE_FAILED, USER_CREATED, USER_EMAIL_VERIFIED, USER_UPDATED,
                    EMAIL_VERIFICATION_REQUESTED, PASSWORD_RESET_REQUESTED, MEMBERSHIP_CREATED, MEMBERSHIP_UPDATED,
                    MEMBERSHIP_REMOVED, INVITATION_CREATED, BRAND_REGISTERED, BRAND_APPROVED, BRAND_REJECTED,
                    BRAND_SUSPENDED, BRAND_UPDATED, BRAND_DELETED, CAMPAIGN_CREATED, CAMPAIGN_APPROVED, CAMPAIGN_REJECTED,
                    CAMPAIGN_SUSPENDED, CAMPAIGN_EXPIRED, CAMPAIGN_UPDATED, CAMPAIGN_DELETED, NUMBER_PURCHASED,
                    NUMBER_ASSIGNED, NUMBER_ASSIGNMENT_FAILED, NUMBER_UNASSIGNED, NUMBER_RELEASED, CONTACT_OPTED_IN,
                    CONTACT_OPTED_OUT, CONTACT_CREATED, CONTACT_UPDATED, CONTACT_DELETED, CONTACT_IMPORT_COMPLETED,
                    AUDIT_RECORDED)
            .stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static EventType<MessageStatusChanged> message(String name) {
        return new EventType<>(name, Topics.MESSAGES, MessageStatusChanged.class);
    }

    private static EventType<ContactChanged> contact(String name) {
        return new EventType<>(name, Topics.CONTACTS, ContactChanged.class);
    }

    private static EventType<BrandChanged> brand(String name) {
        return new EventType<>(name, Topics.BRANDS, BrandChanged.class);
    }

    private static EventType<CampaignChanged> campaign(String name) {
        return new EventType<>(name, Topics.CAMPAIGNS, CampaignChanged.class);
    }

    private static EventType<NumberChanged> number(String name) {
        return new EventType<>(name, Topics.NUMBERS, NumberChanged.class);
    }

    private static EventType<MembershipChanged> membership(String name) {
        return new EventType<>(name, Topics.MEMBERSHIPS, MembershipChanged.class);
    }

    private EventTypes() {
    }
}

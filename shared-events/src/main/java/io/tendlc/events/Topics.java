package io.tendlc.events;

/**
 * Topic names. One topic per aggregate stream, keyed by the aggregate id; commands that must be
 * spread over consumers (the send path) are keyed by what must stay ordered.
 */
public final class Topics {

    /** Send commands, keyed {@code organizationId:recipient}: one recipient's messages stay in order. */
    public static final String SMS_SEND = "sms.send";
    /** Message lifecycle events, keyed by message id. */
    public static final String MESSAGES = "sms.messages";
    /** User lifecycle events, keyed by user id. */
    public static final String USERS = "identity.users";
    /** Membership and invitation events, keyed by organization id. */
    public static final String MEMBERSHIPS = "identity.memberships";

    /** 10DLC brand events, keyed by brand id. */
    public static final String BRANDS = "registry.brands";
    /** 10DLC campaign events, keyed by campaign id. */
    public static final String CAMPAIGNS = "registry.campaigns";
    /** Sender number events, keyed by number id. */
    public static final String NUMBERS = "sms.numbers";

    /** Consent events, keyed {@code organizationId:phone}: one person's opt-in and opt-out stay in order. */
    public static final String CONSENT = "contacts.consent";
    /** Contact lifecycle and import events, keyed by contact (or import) id. */
    public static final String CONTACTS = "contacts.contacts";
    /** Administrative changes for the audit log, keyed by organization id. */
    public static final String AUDIT = "platform.audit";

    /** Every topic of the platform, so deployments can create them with the right partition counts up front. */
    public static java.util.List<String> all() {
        return java.util.List.of(SMS_SEND, MESSAGES, USERS, MEMBERSHIPS, BRANDS, CAMPAIGNS, NUMBERS, CONSENT, CONTACTS, AUDIT);
    }

    /**
     * Topics whose records each carry the whole current state of their key (a brand, a campaign, a number): they are
     * compacted, so a consumer deployed later can still rebuild its view of every one.
     */
    public static java.util.Set<String> stateTopics() {
        return java.util.Set.of(BRANDS, CAMPAIGNS, NUMBERS);
    }

    /** Where a consumer parks records it cannot process, next to the topic they came from. */
    public static String deadLetter(String topic) {
        return topic + "-dlt";
    }

    private Topics() {
    }
}

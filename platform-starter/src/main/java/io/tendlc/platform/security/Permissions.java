package io.tendlc.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The permission table: what each member role may do. A permission has the same name as the API-key scope
 * that grants it ({@code messages:send}), so one check serves users and keys alike.
 */
public final class Permissions {

    public static final String MESSAGES_SEND = "messages:send";
    public static final String MESSAGES_READ = "messages:read";
    public static final String CONTACTS_READ = "contacts:read";
    public static final String CONTACTS_WRITE = "contacts:write";
    public static final String CAMPAIGNS_READ = "campaigns:read";
    public static final String CAMPAIGNS_WRITE = "campaigns:write";
    public static final String BRANDS_READ = "brands:read";
    public static final String BRANDS_WRITE = "brands:write";
    public static final String NUMBERS_READ = "numbers:read";
    public static final String NUMBERS_WRITE = "numbers:write";
    public static final String COMPLIANCE_READ = "compliance:read";
    public static final String ANALYTICS_READ = "analytics:read";
    public static final String NOTIFICATIONS_READ = "notifications:read";
    public static final String NOTIFICATIONS_WRITE = "notifications:write";
    public static final String BILLING_READ = "billing:read";
    public static final String BILLING_MANAGE = "billing:manage";
    public static final String ORGANIZATION_READ = "organization:read";
    public static final String ORGANIZATION_MANAGE = "organization:manage";
    public static final String MEMBERS_READ = "members:read";
    public static final String MEMBERS_MANAGE = "members:manage";
    public static final String API_KEYS_MANAGE = "api-keys:manage";

    /** Every permission there is. */
    public static final Set<String> ALL = Set.of(MESSAGES_SEND, MESSAGES_READ, CONTACTS_READ, CONTACTS_WRITE,
            CAMPAIGNS_READ, CAMPAIGNS_WRITE, BRANDS_READ, BRANDS_WRITE, NUMBERS_READ, NUMBERS_WRITE, COMPLIANCE_READ,
            ANALYTICS_READ, NOTIFICATIONS_READ, NOTIFICATIONS_WRITE, BILLING_READ, BILLING_MANAGE, ORGANIZATION_READ,
            ORGANIZATION_MANAGE, MEMBERS_READ, MEMBERS_MANAGE, API_KEYS_MANAGE);

    /** What an API key may be given: the integration permissions, never people, keys, billing or settings. */
    public static final Set<String> API_KEY_SCOPES = Set.of(MESSAGES_SEND, MESSAGES_READ, CONTACTS_READ,
            CONTACTS_WRITE, CAMPAIGNS_READ, CAMPAIGNS_WRITE, BRANDS_READ, BRANDS_WRITE, NUMBERS_READ, NUMBERS_WRITE,
            COMPLIANCE_READ, ANALYTICS_READ, BILLING_READ);

    /** Permissions a user may only use once their email address is verified. */
    public static final Set<String> NEED_VERIFIED_EMAIL = Set.of(MESSAGES_SEND, MEMBERS_MANAGE, API_KEYS_MANAGE);

    private static final Set<String> READS = ALL.stream().filter(p -> p.endsWith(":read")).collect(Collectors.toUnmodifiableSet());

    private static final Map<Role, Set<String>> BY_ROLE = Map.of(
            Role.OWNER, ALL,
            Role.ADMIN, ALL,
            Role.MANAGER, union(READS, Set.of(MESSAGES_SEND, CONTACTS_WRITE, CAMPAIGNS_WRITE, BRANDS_WRITE,
                    NUMBERS_WRITE, NOTIFICATIONS_WRITE)),
            Role.AGENT, Set.of(MESSAGES_SEND, MESSAGES_READ, CONTACTS_READ, CONTACTS_WRITE, CAMPAIGNS_READ,
                    BRANDS_READ, NUMBERS_READ, ANALYTICS_READ, NOTIFICATIONS_READ, ORGANIZATION_READ, MEMBERS_READ,
                    COMPLIANCE_READ),
            Role.VIEWER, READS);

    /** The member roles, most powerful first. OWNER alone may hand out OWNER or remove an owner. */
    public enum Role {
        OWNER, ADMIN, MANAGER, AGENT, VIEWER;

        public static java.util.Optional<Role> parse(String name) {
            return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
        }

        /** Whether this role is at least as powerful as {@code other}. */
        public boolean atLeast(Role other) {
            return ordinal() <= other.ordinal();
        }
    }

    public static Set<String> of(Role role) {
        return BY_ROLE.get(role);
    }

    /** Permissions of all the given role names together; unknown names grant nothing. */
    public static Set<String> ofRoles(Iterable<String> roles) {
        Set<String> granted = new java.util.HashSet<>();
        for (String name : roles) {
            Role.parse(name).ifPresent(role -> granted.addAll(of(role)));
        }
        return granted;
    }

    /** The table as data, for the API and the dashboard. */
    public static Map<String, List<String>> table() {
        Map<String, List<String>> table = new java.util.LinkedHashMap<>();
        for (Role role : EnumSet.allOf(Role.class)) {
            table.put(role.name(), of(role).stream().sorted().toList());
        }
        return table;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private Permissions() {
    }
}

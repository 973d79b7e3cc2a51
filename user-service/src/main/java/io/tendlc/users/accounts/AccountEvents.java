package io.tendlc.users.accounts;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.events.identity.UserEmailVerified;
import io.tendlc.platform.events.InboundEvents;
import io.tendlc.platform.security.Permissions.Role;
import io.tendlc.users.members.Memberships;
import io.tendlc.users.organizations.Organizations;
import io.tendlc.users.profiles.Profiles;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What auth-service tells about accounts: a new account brings its profile, its organization (on sign-up) and its
 * membership with a role; a verified address updates the profile. Other events of the topic are not ours.
 */
@Component
class AccountEvents {

    private final InboundEvents inbound;
    private final Organizations organizations;
    private final Profiles profiles;
    private final Memberships memberships;

    AccountEvents(InboundEvents inbound, Organizations organizations, Profiles profiles, Memberships memberships) {
        this.inbound = inbound;
        this.organizations = organizations;
        this.profiles = profiles;
        this.memberships = memberships;
    }

    @KafkaListener(id = "users-accounts", topics = Topics.USERS)
    void on(ConsumerRecord<String, byte[]> record) {
        // the consumer name predates this class: keeping it keeps the record of events already applied
        inbound.handle("users.memberships", record, this::apply);
    }

    private void apply(EventEnvelope<?> event) {
        switch (event.payload()) {
            case UserCreated user -> created(user);
            case UserEmailVerified verified -> profiles.emailVerified(verified.userId(), verified.email(), null);
            default -> { }
        }
    }

    private void created(UserCreated user) {
        Role role = Role.parse(user.role())
                .orElseThrow(() -> new IllegalArgumentException("user.created with unknown role " + user.role()));
        if (user.organizationName() != null) {
            organizations.createIfAbsent(user.organizationId(), user.organizationName());
        } else if (organizations.find(user.organizationId()).isEmpty()) {
            // an invited account's organization is created by its owner's sign-up, on another partition of the
            // topic; fail so the record is retried (and dead-lettered if the organization never appears)
            throw new IllegalStateException("user.created for unknown organization " + user.organizationId());
        }
        profiles.createIfAbsent(user.userId(), user.email(), user.name());
        memberships.add(user.organizationId(), user.userId(), role);
    }
}

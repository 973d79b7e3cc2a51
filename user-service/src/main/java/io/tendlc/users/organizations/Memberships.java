package io.tendlc.users.organizations;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A new account brings its organization (on sign-up) and its membership with a role. */
@Component
class Memberships {

    private final InboundEvents inbound;
    private final JdbcClient jdbc;

    Memberships(InboundEvents inbound, JdbcClient jdbc) {
        this.inbound = inbound;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "users-accounts", topics = Topics.USERS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.handle("users.memberships", record, this::apply);
    }

    private void apply(EventEnvelope<?> event) {
        if (event.payload() instanceof UserCreated user) {
            jdbc.sql("insert into organization (id, name) values (?, ?) on conflict (id) do nothing")
                    .params(user.organizationId(), user.organizationName()).update();
            jdbc.sql("""
                    insert into membership (organization_id, user_id, email, name, role) values (?, ?, ?, ?, ?)
                    on conflict (organization_id, user_id) do nothing""")
                    .params(user.organizationId(), user.userId(), user.email(), user.name(), user.role()).update();
        }
    }
}

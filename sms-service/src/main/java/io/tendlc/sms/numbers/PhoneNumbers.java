package io.tendlc.sms.numbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** The organization's sender numbers. */
@Component
public class PhoneNumbers {

    private final JdbcClient jdbc;

    PhoneNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isActiveSender(UUID organizationId, String e164) {
        return jdbc.sql("select count(*) from phone_number where organization_id = ? and e164 = ? and status = 'ACTIVE'")
                .params(organizationId, e164).query(Long.class).single() > 0;
    }

    /** Adds a number to an organization unless someone already holds it; true when added. */
    public boolean add(UUID organizationId, String e164) {
        return jdbc.sql("insert into phone_number (id, organization_id, e164) values (?, ?, ?) on conflict (e164) do nothing")
                .params(UUID.randomUUID(), organizationId, e164).update() == 1;
    }
}
